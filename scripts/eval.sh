#!/usr/bin/env bash
# Scores every layer on ../shared/data against the floors CI enforces. The labelled data is not
# part of the repository: where ../shared/data is absent (a user's machine) this is skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if [ ! -d ../shared/data ]; then
  echo "eval: ../shared/data is absent; skipping the evaluations"
  exit 0
fi
cargo build -q --release --features tools --bin gloss-eval --bin gloss-train-boilerplate || exit 1
failed=()
run() {
  echo "== gloss-eval $*"
  target/release/gloss-eval "$@" || failed+=("$*")
}
run statistics --min 0.895 --min-dates 0.85
# The fixed held-out part (1 case in 5 by FNV-1a of its text) is scored apart from the part
# worked on; floors sit a little under the measured figures.
run statistics --part tuned --min 0.895 --min-dates 0.845
run statistics --part held --min 0.90 --min-dates 0.875
run duckling --part tuned --min 0.833 --min-dim number=0.80 --min-dim ordinal=0.97 \
  --min-dim amount-of-money=0.885 --min-dim quantity=0.93 --min-dim distance=0.894 \
  --min-dim volume=0.97 --min-dim temperature=0.90 --min-dim duration=0.92 --min-dim time=0.80
run duckling --part held --min 0.778 --min-dim number=0.82 --min-dim ordinal=0.93 \
  --min-dim amount-of-money=0.75 --min-dim quantity=0.95 --min-dim distance=0.805 \
  --min-dim volume=0.79 --min-dim temperature=0.79 --min-dim duration=0.72 --min-dim time=0.76
run entities --min 0.875
run entities --part held --min 0.89
# The entity model trains on GUM dev's tuned part: its untouched fifth is the figure that counts.
run gum --min 0.78
run gum --part held --min 0.62
# Dates and times on GUM dev's TIME spans (branch gumtime43): exact span on the spans a figure
# reader should find, precision against all (main scored 0.683 / 0.693 / 0.646 all / tuned / held
# as first measured, by overlap 0.898 / 0.910 / 0.845; 0.698 / 0.710 / 0.649, by overlap 0.909 /
# 0.924 / 0.848 after its classes).
run gum-time --min 0.68 --min-overlap 0.89
run gum-time --part held --min 0.62 --min-overlap 0.82
run wnut --min 0.32
run wnut --part held --min 0.32
# Made-up news passages written for Gloss (tests/fixtures/news-entities.txt; base 0.784).
run news --min 0.82
# The 38 passages of branch ent29, apart (main scored 0.694 on them before its rules: 0.760).
run news --min 0.74 tests/fixtures/news-entities-ent29.txt
# The 36 passages of branch ent30, apart (main scored 0.696 on them before its rules).
run news --min 0.71 tests/fixtures/news-entities-ent30.txt
# The 36 passages of branch ent31, apart (main scored 0.712 on them before its rules).
run news --min 0.77 tests/fixtures/news-entities-ent31.txt
# The 36 passages of branch ent32, apart (main scored 0.771 on them before its rules).
run news --min 0.82 tests/fixtures/news-entities-ent32.txt
# The 35 passages of branch ent33, apart (main scored 0.787 on them before its rules).
run news --min 0.81 tests/fixtures/news-entities-ent33.txt
# The 37 passages of branch ent34, apart (main scored 0.761 on them before its rules; 0.763
# after one label set right to the convention: 'Republican' before 'senator' is NORP).
run news --min 0.80 tests/fixtures/news-entities-ent34.txt
# The 34 passages of branch ent35, apart (main scored 0.822 on them before its rules: tuned
# 0.806, held 0.882; 0.858 after).
run news --min 0.84 tests/fixtures/news-entities-ent35.txt
# The 36 passages of branch ent36, apart (main scored 0.785 on them before its rules: tuned
# 0.802, held 0.728; 0.832 after).
run news --min 0.81 tests/fixtures/news-entities-ent36.txt
# The 36 passages of branch ent37, apart (main scored 0.804 on them before its rules: tuned
# 0.810, held 0.783; 0.852 / 0.868 / 0.800 after).
run news --min 0.82 tests/fixtures/news-entities-ent37.txt
run news --part held --min 0.77 tests/fixtures/news-entities-ent37.txt
# The 36 passages of branch ent38, apart (main scored 0.856 on them before its rules: tuned
# 0.854, held 0.862; 0.883 / 0.887 / 0.871 after).
run news --min 0.86 tests/fixtures/news-entities-ent38.txt
run news --part held --min 0.84 tests/fixtures/news-entities-ent38.txt
# The 36 passages of branch ent39, apart (main scored 0.822 on them as first labelled: tuned
# 0.820, held 0.829; 0.826 / 0.823 / 0.839 after two labels were mended; 0.844 / 0.845 / 0.839
# after its rules).
run news --min 0.82 tests/fixtures/news-entities-ent39.txt
run news --part held --min 0.81 tests/fixtures/news-entities-ent39.txt
# The 36 passages of branch ent40, apart (main scored 0.846 on them as first labelled: tuned
# 0.864, held 0.784; 0.868 / 0.881 / 0.823 after its rules).
run news --min 0.85 tests/fixtures/news-entities-ent40.txt
run news --part held --min 0.80 tests/fixtures/news-entities-ent40.txt
# The 36 passages of branch ent41, apart (main scored 0.800 on them as first labelled: tuned
# 0.811, held 0.763; 0.823 / 0.835 / 0.780 once the headlines' names were marked; 0.859 / 0.877 /
# 0.797 after its rules).
run news --min 0.84 tests/fixtures/news-entities-ent41.txt
run news --part held --min 0.77 tests/fixtures/news-entities-ent41.txt
# The 36 passages of branch ent42 (GUM's genres: interviews, travel, biographies, abstracts,
# fiction, posts, letters, reviews, textbooks …), apart (main scored 0.761 on them as first
# labelled: tuned 0.761, held 0.762; 0.807 / 0.817 / 0.778 after its rules and brands).
run news --min 0.79 tests/fixtures/news-entities-ent42.txt
run news --part held --min 0.75 tests/fixtures/news-entities-ent42.txt
# The 40 passages of branch ent43 (international news as Wikinews writes it; main scored 0.852
# on them as first labelled: tuned 0.841, held 0.901; 0.854 / 0.844 / 0.901 after one hospital
# label was mended to DESIGN's LOC; 0.877 / 0.869 / 0.914 after its rules).
run news --min 0.86 tests/fixtures/news-entities-ent43.txt
run news --part held --min 0.88 tests/fixtures/news-entities-ent43.txt
# Figures on 50 made-up news passages (tests/fixtures/news-figures.txt, branch figs30): main
# scored 0.840 on the labels as first written (the honest figure), 0.934 after a convention pass
# on the labels (datelines' weekdays, 'halved' …), 0.953 / 0.955 / 0.944 all / tuned / held after.
# Branch figs31: 0.979 / 0.990 / 0.944 after its classes.
run news-figures --min 0.96
run news-figures --part held --min 0.93
# A second set of 45 passages in US, world, market, court, sport … styles
# (tests/fixtures/news-figures-31.txt, branch figs31), labelled before Gloss was run: main scored
# 0.953 / 0.945 / 0.976 (all / tuned / held) as first labelled, 0.957 / 0.950 / 0.976 after two
# labels that broke the convention were mended; 0.992 / 0.993 / 0.988 after figs31's classes.
run news-figures --min 0.97 tests/fixtures/news-figures-31.txt
run news-figures --part held --min 0.96 tests/fixtures/news-figures-31.txt
# A third set of 48 passages of every section, dense in issue 12's classes
# (tests/fixtures/news-figures-33.txt, branch newsfigs33), labelled before Gloss was run: main
# scored 0.946 / 0.952 / 0.925 (all / tuned / held) as first labelled, 0.952 / 0.961 / 0.925 after
# four labels that broke the conventions were mended; 0.982 / 0.993 / 0.948 after its classes.
run news-figures --min 0.97 tests/fixtures/news-figures-33.txt
run news-figures --part held --min 0.93 tests/fixtures/news-figures-33.txt
# A fourth set of 47 passages of the kinds the others had least of (results and markets,
# medicine, sport times, weather, energy, tech, world currencies, periods)
# (tests/fixtures/news-figures-34.txt, branch newsfigs34), labelled before Gloss was run: main
# scored 0.957 / 0.962 / 0.941 (all / tuned / held) as first labelled, 0.968 / 0.976 / 0.941 after
# four labels that broke the conventions were mended; 0.986 / 1.000 / 0.941 after its classes.
run news-figures --min 0.98 tests/fixtures/news-figures-34.txt
run news-figures --part held --min 0.93 tests/fixtures/news-figures-34.txt
# A fifth set of 62 passages (public finance, polls, housing, health, courts, farming, aviation,
# space, conflict, local news in the US, India, Australia, Canada, Nigeria)
# (tests/fixtures/news-figures-35.txt, branch newsfigs35), labelled before Gloss was run: main
# scored 0.940 / 0.929 / 0.977 (all / tuned / held) as first labelled, 0.951 / 0.943 / 0.977 after
# seven labels that broke the conventions were mended; 0.969 / 0.967 / 0.977 after its classes.
run news-figures --min 0.96 tests/fixtures/news-figures-35.txt
run news-figures --part held --min 0.96 tests/fixtures/news-figures-35.txt
# A sixth set of 48 passages (shipping, energy, weather, health, sport statistics, personal
# finance, prices in Africa and Asia, ages without "aged", year ranges, times with zones)
# (tests/fixtures/news-figures-36.txt, branch newsfigs36), labelled before Gloss was run: main
# scored 0.928 / 0.927 / 0.929 (all / tuned / held) as first labelled, 0.932 / 0.933 / 0.929
# after two labels that broke the conventions were mended; 0.960 / 0.969 / 0.929 after its
# classes.
run news-figures --min 0.95 tests/fixtures/news-figures-36.txt
run news-figures --part held --min 0.91 tests/fixtures/news-figures-36.txt
# A seventh set of 48 passages (economy, weather, sport results and records, health, polls and
# elections, transport, science, courts, property, energy, tech, local news; UK, US and world
# usage, many currencies) (tests/fixtures/news-figures-37.txt, branch newsfigs37), labelled
# before Gloss was run: main scored 0.967 / 0.961 / 0.994 (all / tuned / held) as first
# labelled, 0.975 / 0.971 / 0.994 after four labels that broke the conventions were mended;
# 0.999 / 1.000 / 0.994 after its classes.
run news-figures --min 0.98 tests/fixtures/news-figures-37.txt
run news-figures --part held --min 0.97 tests/fixtures/news-figures-37.txt
# An eighth set of 48 passages (results and guidance, rates, tariffs, public finances, crime,
# schools, hospital waits, census and migration, sport tables and transfers, climate, space, AI,
# household bills; UK, US, Indian and other usage) (tests/fixtures/news-figures-38.txt, branch
# newsfigs38), labelled before Gloss was run: main scored 0.961 / 0.971 / 0.923 (all / tuned /
# held) as first labelled, 0.966 / 0.978 / 0.923 after four labels were made to the conventions;
# 0.983 / 1.000 / 0.923 after its classes.
run news-figures --min 0.97 tests/fixtures/news-figures-38.txt
run news-figures --part held --min 0.91 tests/fixtures/news-figures-38.txt
# A ninth set of 48 passages (pensions and benefits, rents, energy, elections and polls, fares,
# farming and food prices, charities, fees, weather records, sport, lotteries, health trials,
# wages and strikes; UK, US, Australian, Indian, Irish, NZ, South African usage)
# (tests/fixtures/news-figures-39.txt, branch newsfigs39), labelled before Gloss was run: main
# scored 0.953 / 0.954 / 0.950 (all / tuned / held) as first labelled; 0.981 / 0.990 / 0.950
# after its classes.
run news-figures --min 0.97 tests/fixtures/news-figures-39.txt
run news-figures --part held --min 0.93 tests/fixtures/news-figures-39.txt
# A tenth set of 48 passages (science and medicine, tech, transport, courts, sport, markets,
# budgets, census and migration, disasters, recipes, shopping; UK, US, Irish, Canadian, Indian,
# South African and NZ usage) (tests/fixtures/news-figures-40.txt, branch newsfigs40), labelled
# before Gloss was run: main scored 0.973 / 0.974 / 0.970 (all / tuned / held) as first
# labelled; 0.994 / 1.000 / 0.970 after its classes.
run news-figures --min 0.98 tests/fixtures/news-figures-40.txt
run news-figures --part held --min 0.95 tests/fixtures/news-figures-40.txt
# An eleventh set of 48 passages (weather forecasts, elections, health services, property,
# energy bills, personal finance, betting odds, schools, farming, history, travel, events ahead
# and holidays; UK, US, Irish, Australian, Canadian and Indian usage)
# (tests/fixtures/news-figures-41.txt, branch newsfigs41), labelled before Gloss was run: main
# scored 0.961 / 0.953 / 0.988 (all / tuned / held) as first labelled (values 0.961), the same
# after one value that broke the convention was mended (values 0.964); 0.978 / 0.974 / 0.994
# after its classes (values 0.993).
run news-figures --min 0.97 tests/fixtures/news-figures-41.txt
run news-figures --part held --min 0.98 tests/fixtures/news-figures-41.txt
# A twelfth set of 48 passages, everyday writing that is not news (emails and chat about plans,
# calendars, itineraries, shop listings and specs, recipes, fitness and health, school and
# science, sport, forum posts, legal and insurance text, history; British, American, Indian,
# Australian and Canadian usage) (tests/fixtures/news-figures-42.txt, branch figs42), labelled
# before Gloss was run: main scored 0.893 / 0.874 / 0.958 (all / tuned / held) as first
# labelled, 0.907 / 0.892 / 0.958 after ten labels were mended to the stated convention;
# 0.939 / 0.934 / 0.958 after its classes.
run news-figures --min 0.93 tests/fixtures/news-figures-42.txt
run news-figures --part held --min 0.95 tests/fixtures/news-figures-42.txt
# A thirteenth set of 66 passages dense in money of many currencies, times and dates, distances
# and volumes (tests/fixtures/news-figures-44.txt, branch figs44), labelled before Gloss was run:
# main scored 0.948 / 0.943 / 0.961 (all / tuned / held) as first labelled, 0.973 / 0.969 /
# 0.987 after ten labels were mended to the stated convention; 0.984 / 0.983 / 0.987 after its
# classes.
run news-figures --min 0.96 tests/fixtures/news-figures-44.txt
run news-figures --part held --min 0.96 tests/fixtures/news-figures-44.txt
run boilerplate --min 0.94
run boilerplate --html --min 0.98
# 27 made-up pasted pages of site kinds the 73 labelled pages have few of (local papers, regional
# broadcasters, syndicated wire copy, newsletters, a live blog, India, Australia, Nigeria …;
# tests/fixtures/pages-40.txt, branch bp40), labelled before Gloss was run: main scored 0.880
# (tuned 0.876, held 0.894); 0.941 / 0.942 / 0.938 after bp40's classes.
run boilerplate --min 0.93 tests/fixtures/pages-40.txt
run boilerplate --part held --min 0.92 tests/fixtures/pages-40.txt
# 28 made-up pasted pages of kinds both sets above have few of (recipes with a method, match
# reports with line-ups, inbox newsletters, live blogs with entry headings, a transcript, Q&A
# explainers, reviews, court, weather, results, government and council notices, South Africa,
# Singapore, Canada, Kenya, phone copies; tests/fixtures/pages-41.txt, branch bp41), labelled
# before Gloss was run: main scored 0.842 (tuned 0.827, held 0.930); 0.940 / 0.944 / 0.917 after
# bp41's classes (the held part's errors not read).
run boilerplate --min 0.93 tests/fixtures/pages-41.txt
run boilerplate --part held --min 0.90 tests/fixtures/pages-41.txt
# 26 made-up pasted pages of kinds the three sets above have little or none of (wiki copies,
# Medium / Substack / WordPress posts, press releases, PubMed and journal pages, a PDF paste,
# Reddit and forum threads, AMP and Google cache copies, LinkedIn and Facebook posts, a product
# page, TV and radio programme pages, a fact check, an obituary, a US local TV station, Irish,
# New Zealand, Pakistani and Philippine sites; tests/fixtures/pages-43.txt, branch bp43),
# labelled before Gloss was run: main scored 0.891 (tuned 0.899, held 0.868); 0.931 / 0.955 /
# 0.868 after bp43's classes (the held part's errors not read).
run boilerplate --min 0.90 tests/fixtures/pages-43.txt
run boilerplate --part held --min 0.84 tests/fixtures/pages-43.txt
# 28 made-up pasted pages of kinds the four sets above have little or none of (Reddit and forum
# threads, LinkedIn, Facebook and X posts, mail pasted from Gmail and Outlook, paywalls, Apple
# News / MSN / Yahoo copies, English editions of foreign sites, a funeral home's obituary, an
# event, a job ad, arXiv, show notes, a YouTube description, a print view, a browser
# translation; tests/fixtures/pages-44.txt, branch bp44), labelled before Gloss was run: main
# scored 0.919 (tuned 0.909, held 0.955); 0.956 / 0.952 / 0.972 after bp44's classes (the held
# part's errors not read).
run boilerplate --min 0.93 tests/fixtures/pages-44.txt
run boilerplate --part held --min 0.94 tests/fixtures/pages-44.txt
# The boilerplate floors that matter: 5-fold cross-validation grouped by site (no page is scored
# by weights that saw its site), text only and with the page's HTML: issue 14's 0.93 and 0.96
# (measured 0.935 / 0.967).
echo "== gloss-train-boilerplate --cv-only --min-text 0.93 --min-html 0.96"
target/release/gloss-train-boilerplate --cv-only --min-text 0.93 --min-html 0.96 ||
  failed+=("boilerplate cross-validated")
if [ ${#failed[@]} -gt 0 ]; then
  printf 'eval: FAILED: %s\n' "${failed[@]}"
  exit 1
fi
echo "eval: every layer is above its floor"
