//! The file a new language starts from: every message of the source language's `.ftl` file,
//! commented out under its source text, for a translator to translate one by one.
//!
//! Commented out rather than copied: a message still in the source language would count as
//! translated, and `swivi i18n` could no longer tell the translator what is left. A comment
//! is shown in the fallback language and listed as missing until it is translated.

/// The template for `code`, made from `source` (the text of `i18n/<source_code>.ftl`).
/// `categories` are the plural categories of the new language, which its selectors use.
pub(crate) fn new_language(
    code: &str,
    source_code: &str,
    source: &str,
    categories: &[&str],
) -> String {
    let mut out = format!(
        "### Interface strings in `{code}`, started from i18n/{source_code}.ftl by `swivi i18n new {code}`.\n\
         ###\n\
         ### Every message of the {source_code} file is below, commented out. To translate one, remove\n\
         ### the \"# \" at the start of its lines and replace the {source_code} text. Until then it is\n\
         ### shown in the fallback language, and `swivi i18n` lists it as missing.\n\
         ### Keep `{{ $variables }}` as they are. Plural selectors (`->`) choose among the categories\n\
         ### of `{code}`: {}; `*[other]` is the default, and an exact number such as `[1]` works too.\n\
         ### The whole workflow: docs/translating.md.\n\n",
        categories.join(", ")
    );
    for line in source.lines() {
        let trimmed = line.trim_start();
        // Blank lines, headings and notes to translators stay as they are.
        if trimmed.is_empty() || trimmed.starts_with('#') {
            out.push_str(line);
        } else {
            out.push_str("# ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "# Textes de l'interface.\n\nsite-title = Suivi\n\n## Nombres\n\ncount = { $count ->\n    [one] un engagement\n   *[other] { $count } engagements\n}\n";

    #[test]
    fn comments_out_every_message_under_the_source_headings() {
        let template = new_language(
            "ar",
            "fr",
            SOURCE,
            &["zero", "one", "two", "few", "many", "other"],
        );
        assert!(template.starts_with(
            "### Interface strings in `ar`, started from i18n/fr.ftl by `swivi i18n new ar`.\n"
        ));
        assert!(template.ends_with(
            "# Textes de l'interface.\n\n# site-title = Suivi\n\n## Nombres\n\n# count = { $count ->\n#     [one] un engagement\n#    *[other] { $count } engagements\n# }\n"
        ));
    }

    #[test]
    fn the_template_is_valid_fluent_that_defines_nothing() {
        let resource = fluent_bundle::FluentResource::try_new(new_language(
            "ar",
            "fr",
            SOURCE,
            &["zero", "one", "two", "few", "many", "other"],
        ))
        .expect("the template parses");
        assert!(
            !resource
                .entries()
                .any(|e| matches!(e, fluent_syntax::ast::Entry::Message(_)))
        );
    }

    #[test]
    fn uncommenting_a_message_gives_it_back() {
        let template = new_language(
            "ar",
            "fr",
            SOURCE,
            &["zero", "one", "two", "few", "many", "other"],
        );
        let translated = template.replace("# site-title = Suivi", "site-title = متابعة");
        let resource = fluent_bundle::FluentResource::try_new(translated).expect("parses");
        let ids: Vec<&str> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["site-title"]);
    }
}
