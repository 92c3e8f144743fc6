//! An indicator's unit as an editor may mistype it: a symbol (`%`, `$`, `€`) where swivi
//! needs the word or code that tells it to write the value with the language's own pattern
//! (`percent`, an ISO 4217 code). Taken as "another unit", a symbol would be written as the
//! translators' `value-with-unit` gives it, never as each language writes percentages and
//! money; so it is refused, by `swivi check` and `swivi new indicator` alike.

/// What is wrong with a unit an editor wrote as a symbol, and what to write instead.
pub(crate) struct Misread {
    pub(crate) message: String,
    /// How swivi would read it.
    pub(crate) label: &'static str,
    pub(crate) help: String,
}

/// The problem with `unit`, if it is a symbol swivi reads as a plain unit.
pub(crate) fn misread(unit: &str) -> Option<Misread> {
    let trimmed = unit.trim();
    if trimmed == "%" {
        return Some(Misread {
            message: format!("`{unit}` is a symbol: percentages have the unit `percent`"),
            label: "read as a unit like `people`, not as a percentage",
            help: "write unit = \"percent\": swivi then writes percentages as each language does (`19,6 %` in French, `19.6%` in English)".to_owned(),
        });
    }
    if trimmed.chars().any(is_currency_symbol) {
        return Some(Misread {
            message: format!("`{unit}` is a symbol: money has its currency's code as its unit"),
            label: "read as a unit like `people`, not as money",
            help: format!(
                "write the currency's ISO 4217 code, e.g. unit = \"USD\" for US dollars, \"EUR\" for euros, \"MXN\" for Mexican pesos: swivi then writes money as each language does{}",
                if trimmed.contains('$') {
                    " (`$` alone stands for a dozen currencies in the Americas)"
                } else {
                    ""
                }
            ),
        });
    }
    None
}

/// The characters Unicode classes as currency symbols (category Sc) that sites are likely to
/// type: the dollar, cent, pound, generic currency and yen signs, and the Currency Symbols
/// block (€, ₹, ₱, ₲…).
fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '¢' | '£' | '¤' | '¥' | '\u{20A0}'..='\u{20CF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_refused_and_words_and_codes_are_not() {
        for unit in ["%", " % ", "$", "US$", "€", "R$", "₲"] {
            assert!(misread(unit).is_some(), "{unit}");
        }
        for unit in ["percent", "USD", "people", "km²", "% of households"] {
            assert!(misread(unit).is_none(), "{unit}");
        }
    }
}
