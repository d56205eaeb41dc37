//! `TransformsSubstring`, from `apis/transforms/schemas/substring.yaml`.

use crate::models::{TransformsInput, TransformsRequiresperiodicrefresh};

/// `TransformsSubstring` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TransformsSubstring {
    /// The index of the first character to include in the returned substring.
    ///
    ///
    /// If `begin` is set to -1, the transform will begin at character 0 of the input data
    ///
    /// A server's absent or `null` member reads as `0`.
    pub begin: i32,
    /// This integer value is the number of characters to add to the begin attribute when returning a substring.
    ///
    /// This attribute is only used if begin is not -1.
    #[serde(rename = "beginOffset", skip_serializing_if = "Option::is_none")]
    pub begin_offset: Option<i32>,
    /// The index of the first character to exclude from the returned substring.
    ///
    /// If end is -1 or not provided at all, the substring transform will return everything up to the end of the input string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<i32>,
    /// This integer value is the number of characters to add to the end attribute when returning a substring.
    ///
    /// This attribute is only used if end is provided and is not -1.
    #[serde(rename = "endOffset", skip_serializing_if = "Option::is_none")]
    pub end_offset: Option<i32>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<TransformsRequiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<TransformsInput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TransformsSubstring {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(begin: i32) -> Self {
        TransformsSubstring {
            begin,
            begin_offset: None,
            end: None,
            end_offset: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TransformsSubstring {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TransformsSubstring {
    const NAME: &'static str = "TransformsSubstring";

    #[inline]
    fn empty() -> Self {
        TransformsSubstring {
            begin: Default::default(),
            begin_offset: None,
            end: None,
            end_offset: None,
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
            "begin" => {
                self.begin = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "beginOffset" => self.begin_offset = map.next_value()?,
            "end" => self.end = map.next_value()?,
            "endOffset" => self.end_offset = map.next_value()?,
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
