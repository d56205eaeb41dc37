//! `Replace`, from `apis/sources/schemas/replace.yaml`.

use crate::models::{Input, Requiresperiodicrefresh};

/// `Replace` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Replace {
    /// This can be a string or a regex pattern in which you want to replace.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub regex: String,
    /// This is the replacement string that should be substituded wherever the string or pattern is found.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub replacement: String,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Replace {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(regex: impl Into<String>, replacement: impl Into<String>) -> Self {
        Replace {
            regex: regex.into(),
            replacement: replacement.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Replace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Replace {
    const NAME: &'static str = "Replace";

    #[inline]
    fn empty() -> Self {
        Replace {
            regex: Default::default(),
            replacement: Default::default(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "regex" => self.regex = map.next_value_seed(crate::lenient::Text)?,
            "replacement" => {
                self.replacement = map.next_value_seed(crate::lenient::Text)?;
            }
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map.next_value()?;
            }
            "input" => self.input = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
