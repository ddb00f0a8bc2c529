//! The one result type every layer produces.

use std::ops::Range;

use serde::Serialize;

use crate::{boilerplate, entities, statistics};

/// Which of the three layers an annotation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    Boilerplate,
    Entity,
    Statistic,
}

impl Layer {
    pub const ALL: [Layer; 3] = [Layer::Boilerplate, Layer::Entity, Layer::Statistic];

    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Boilerplate => "boilerplate",
            Layer::Entity => "entity",
            Layer::Statistic => "statistic",
        }
    }
}

/// What a layer says about a span beyond its type. Serialised flat into the annotation object.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Detail {
    Boilerplate(boilerplate::Detail),
    Entity(entities::Detail),
    Statistic(statistics::Detail),
}

/// One marked span of the input.
///
/// `span` is in UTF-8 byte offsets into the annotated text, always on char boundaries, end
/// exclusive. Conversion to UTF-16 or code points happens once, in [`crate::OffsetConverter`].
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub span: Range<usize>,
    /// The type: an entity type (`PER`), a statistic type (`PERCENT`) or a boilerplate reason code.
    pub kind: &'static str,
    pub detail: Detail,
}

impl Annotation {
    pub fn layer(&self) -> Layer {
        match self.detail {
            Detail::Boilerplate(_) => Layer::Boilerplate,
            Detail::Entity(_) => Layer::Entity,
            Detail::Statistic(_) => Layer::Statistic,
        }
    }

    /// The covered text.
    pub fn text<'t>(&self, source: &'t str) -> &'t str {
        source.get(self.span.clone()).unwrap_or("")
    }
}
