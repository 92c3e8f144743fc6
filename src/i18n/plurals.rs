//! Which plural rules Fluent selects with, and the check that `.ftl` files only use the plural
//! variants their language's rules can choose.
//!
//! fluent-bundle takes plural rules from intl_pluralrules (CLDR 37) for the language the
//! bundle's formatter cache is made for, and silently uses English's for a language it lacks.
//! [`rules_language`] names a language with identical rules instead (Haitian Creole → `kea`,
//! see [`super::locale_data::plural_rules_stand_in`]).
//!
//! A variant such as `[one]` in a language whose rules never produce `one` is dead text: the
//! check points at it (file:line:column) and says how to write the case it meant.

use std::collections::BTreeSet;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::locale_data;
use crate::config::Language;
use crate::diag::{Diagnostic, Diagnostics, SourceFile};

/// The language whose plural rules Fluent should use for `locale`.
pub(crate) fn rules_language(locale: &str) -> LanguageIdentifier {
    let parsed: LanguageIdentifier = locale.parse().unwrap_or_default();
    locale_data::plural_rules_stand_in(parsed.language.as_str())
        .and_then(|stand_in| stand_in.parse().ok())
        .unwrap_or(parsed)
}

/// The plural categories Fluent chooses from for `locale`, in CLDR's order.
pub(crate) fn categories_of(locale: &str) -> Vec<&'static str> {
    let found = categories(&rules_fluent_uses(&rules_language(locale)));
    CATEGORIES
        .into_iter()
        .chain(["other"])
        .filter(|c| found.contains(c))
        .collect()
}

/// The rules Fluent ends up with for `language`: its own, or its language subtag's (as
/// Fluent's lookup negotiation finds them), else English's.
fn rules_fluent_uses(language: &LanguageIdentifier) -> PluralRules {
    let bare = LanguageIdentifier::from_parts(language.language, None, None, &[]);
    [language.clone(), bare]
        .into_iter()
        .find_map(|l| PluralRules::create(l, PluralRuleType::CARDINAL).ok())
        .unwrap_or_else(|| {
            let english: LanguageIdentifier = "en".parse().expect("a valid language");
            PluralRules::create(english, PluralRuleType::CARDINAL)
                .expect("intl_pluralrules has English")
        })
}

/// The categories `rules` produce, found by trying numbers of every shape CLDR's rules look
/// at: integers up to 1000 (their last two and three digits), powers of ten up to ten million
/// (the `many` of a million), and numbers with one and two decimals.
fn categories(rules: &PluralRules) -> BTreeSet<&'static str> {
    let integers = (0..=1000).map(|n| n.to_string());
    let powers = (4..=7).map(|e| 10u64.pow(e).to_string());
    let tenths = (0..=200).map(|n| format!("{}.{}", n / 10, n % 10));
    let hundredths = (0..=200).map(|n| format!("{}.{:02}", n / 100, n % 100));
    integers
        .chain(powers)
        .chain(tenths)
        .chain(hundredths)
        .filter_map(|n| rules.select(n.as_str()).ok())
        .map(category_name)
        .collect()
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

const CATEGORIES: [&str; 5] = ["zero", "one", "two", "few", "many"];

/// Warns about each plural variant in `resource` that `language`'s rules never choose.
pub(crate) fn check_variants(
    language: &Language,
    file: &Arc<SourceFile>,
    resource: &FluentResource,
    diags: &mut Diagnostics,
) {
    let produced = categories(&rules_fluent_uses(&rules_language(&language.locale)));
    let mut keys = Vec::new();
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(message) => {
                message
                    .value
                    .iter()
                    .for_each(|p| variant_keys(p, &mut keys));
                for attribute in &message.attributes {
                    variant_keys(&attribute.value, &mut keys);
                }
            }
            ast::Entry::Term(term) => variant_keys(&term.value, &mut keys),
            _ => {}
        }
    }
    let source = resource.source();
    for key in keys {
        if !CATEGORIES.contains(&key) || produced.contains(key) {
            continue;
        }
        let start = key.as_ptr() as usize - source.as_ptr() as usize;
        diags.push(
            Diagnostic::warning(format!(
                "`{}` ({}) has only the plural categor{} {}, so the variant `[{key}]` is never chosen",
                language.code,
                language.name,
                if produced.len() == 1 { "y" } else { "ies" },
                produced
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .at(file, start..start + key.len())
            .help(exact_number_help(key)),
        );
    }
}

fn exact_number_help(category: &str) -> String {
    let exact = match category {
        "zero" => Some(("none", 0)),
        "one" => Some(("exactly one", 1)),
        "two" => Some(("exactly two", 2)),
        _ => None,
    };
    match exact {
        Some((what, n)) => format!("to say {what}, use `[{n}]`; see docs/content.md, \"Plurals\""),
        None => "remove the variant; see docs/content.md, \"Plurals\"".to_owned(),
    }
}

/// The keys of every select expression in `pattern`, nested ones included, as slices of the
/// resource's source (so their place in the file is known).
fn variant_keys<'s>(pattern: &ast::Pattern<&'s str>, keys: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_keys(expression, keys);
        }
    }
}

fn expression_keys<'s>(expression: &ast::Expression<&'s str>, keys: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                if let ast::VariantKey::Identifier { name } = &variant.key {
                    keys.push(name);
                }
                variant_keys(&variant.value, keys);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_keys(expression, keys);
        }
        ast::Expression::Inline(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_the_categories_of_cldr_37_in_their_order() {
        assert_eq!(categories_of("en"), ["one", "other"]);
        assert_eq!(categories_of("en-001"), ["one", "other"]);
        assert_eq!(categories_of("fr"), ["one", "other"]);
        assert_eq!(categories_of("es"), ["one", "other"]);
        assert_eq!(categories_of("pt"), ["one", "other"]);
        assert_eq!(categories_of("ht"), ["other"]);
        assert_eq!(
            categories_of("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
    }

    #[test]
    fn haitian_creole_selects_with_kabuverdianu_rules() {
        assert_eq!(rules_language("ht").to_string(), "kea");
        assert_eq!(rules_language("fr").to_string(), "fr");
        assert_eq!(rules_language("en-001").to_string(), "en-001");
    }
}
