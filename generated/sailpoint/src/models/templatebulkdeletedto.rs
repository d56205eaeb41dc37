//! `Templatebulkdeletedto`, from `apis/notifications/schemas/templatebulkdeletedto.yaml`.

use crate::models::TemplatebulkdeletedtoMedium;

/// `Templatebulkdeletedto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Templatebulkdeletedto {
    /// The template key to delete
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub key: String,
    /// The notification medium (EMAIL, SLACK, or TEAMS)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<TemplatebulkdeletedtoMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Templatebulkdeletedto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(key: impl Into<String>) -> Self {
        Templatebulkdeletedto {
            key: key.into(),
            medium: None,
            locale: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Templatebulkdeletedto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Templatebulkdeletedto {
    const NAME: &'static str = "Templatebulkdeletedto";

    #[inline]
    fn empty() -> Self {
        Templatebulkdeletedto {
            key: Default::default(),
            medium: None,
            locale: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "key" => self.key = map.next_value_seed(crate::lenient::Text)?,
            "medium" => self.medium = map.next_value()?,
            "locale" => self.locale = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
