//! Titles before names ("Mr", "President", "Tánaiste") and the words that qualify them.

use super::word_list;

word_list! {
HONORIFIC_WORDS;
/// Titles that make the following name a person's ("Mr Smith", "Sen. Vale", "President Okafor").
pub fn is_honorific(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"mr"
                | b"mrs"
                | b"ms"
                | b"miss"
                | b"mx"
                | b"dr"
                | b"sir"
                | b"dame"
                | b"lord"
                | b"lady"
                | b"prof"
                | b"professor"
                | b"sen"
                | b"senator"
                | b"gov"
                | b"governor"
                | b"rep"
                | b"rev"
                | b"reverend"
                | b"president"
                | b"minister"
                | b"chancellor"
                | b"mayor"
                | b"premier"
                | b"judge"
                | b"justice"
                | b"king"
                | b"queen"
                | b"prince"
                | b"princess"
                | b"pope"
                | b"sheikh"
                | b"ayatollah"
                | b"archbishop"
                | b"bishop"
                | b"cardinal"
                | b"gen"
                | b"col"
                | b"capt"
                | b"lt"
                | b"sgt"
                | b"cmdr"
                | b"adm"
                | b"secretary"
                | b"chairman"
                | b"chairwoman"
                | b"councillor"
                | b"councilor"
                | b"councilmember"
                | b"councilwoman"
                | b"councilman"
                | b"alderman"
                | b"congressman"
                | b"congresswoman"
                // Monarchs' and regents' titles (gum38: "Empress Jingū", "the Regent" typed ORG).
                | b"emperor"
                | b"empress"
                | b"regent"
                | b"tsar"
                | b"tsarina"
                | b"tsarevna"
                | b"czar"
                | b"czarina"
                | b"sultan"
                | b"kaiser"
                // Irish government's titles, school heads, police ranks (ent40: "Tánaiste Simon
                // Harris", "Headteacher Ruth Perry" had been one name).
                | b"taoiseach"
                | b"tanaiste"
                | b"headteacher"
                | b"headmaster"
                | b"headmistress"
                | b"detective"
                | b"inspector"
                | b"superintendent"
                | b"constable"
                | b"sergeant"
                | b"commissioner"
                | b"ambassador"
                | b"emir"
                | b"imam"
                | b"rabbi"
                // Chairs and US county sheriffs (ent41: "Chair Charles Gurassa", "Sheriff Ed
                // Gonzalez" had been one name, or an organisation's).
                | b"chair"
                | b"chairperson"
                | b"sheriff"
                // A state's or a nation's treasurer and a house's speaker (lead41: "Treasurer
                // Jim Chalmers" lost his surname to "Treasurer Jim" ORG once "The Treasurer
                // said" had made the title a name).
                | b"treasurer"
                | b"speaker"
                // Kinship words before a first name in fiction and memoir (ent42: "Granny
                // Okafor" had been one name).
                | b"aunt"
                | b"uncle"
                | b"granny"
                | b"grandma"
                | b"grandpa"
        )
    }
    of(b.as_ref())
}
}

/// Titles written with a letter outside ASCII, which [`is_honorific`]'s bare forms never hold:
/// the Irish deputy prime minister's ("Tánaiste Simon Harris", branch ent40).
pub fn is_accented_honorific(word: &str) -> bool {
    matches!(word, "Tánaiste" | "tánaiste" | "TÁNAISTE")
}

word_list! {
TITLE_MODIFIER_WORDS;
/// Words that only qualify a title ("Prime Minister", "Vice President", "Home Secretary").
pub fn is_title_modifier(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"prime"
                | b"vice"
                | b"deputy"
                | b"acting"
                | b"foreign"
                | b"finance"
                | b"home"
                | b"interior"
                | b"defence"
                | b"defense"
                | b"health"
                | b"attorney"
                | b"general"
                | b"chief"
                | b"first"
                | b"state"
                | b"supreme"
                | b"grand"
                | b"crown"
        )
    }
    of(b.as_ref())
}
}

word_list! {
PLAIN_HONORIFIC_WORDS;
/// Titles never start a person's name but only "Mr"-style ones are certain in any type of
/// span ("Queen Mary University" is an organisation).
pub fn is_plain_honorific(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"mr"
                | b"mrs"
                | b"ms"
                | b"miss"
                | b"mx"
                | b"dr"
                | b"sir"
                | b"dame"
                | b"sen"
                | b"gov"
                | b"rep"
        )
    }
    of(b.as_ref())
}
}
