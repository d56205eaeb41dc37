//! `Thing`, from `openapi.yaml#/components/schemas/Thing`.

use crate::models::Owner;

/// A thing with many defects.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Thing {
    /// Upper-case non-standard `UUID` format.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// A free-text format.
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// Uses `type: date-time` instead of `type: string` plus `format: date-time`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// A date-time with a prose default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<chrono::DateTime<chrono::Utc>>,
    /// A boolean with a string default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Another boolean with a string default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visible: Option<bool>,
    /// A `$ref` with sibling `nullable: true` and `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Thing {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Thing {
            id: id.into(),
            owner_id: None,
            modified: None,
            expires: None,
            enabled: None,
            visible: None,
            owner: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Thing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Thing {
    const NAME: &'static str = "Thing";

    #[inline]
    fn empty() -> Self {
        Thing {
            id: Default::default(),
            owner_id: None,
            modified: None,
            expires: None,
            enabled: None,
            visible: None,
            owner: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::TextOption)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "expires" => self.expires = map.next_value_seed(crate::datetime::Optional)?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "visible" => self.visible = map.next_value_seed(crate::lenient::FlagOption)?,
            "owner" => self.owner = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
