//! `Conflictingitem`, from `apis/sod-violations/schemas/conflictingitem.yaml`.

use crate::models::{ConflictingitemType, Conflictingitemsourceref};

/// A single access item that contributes to a separation-of-duties conflict.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Conflictingitem {
    /// The unique identifier of the conflicting access item.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The display name of the conflicting access item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of access object represented by the conflicting item.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ConflictingitemType>,
    #[serde(rename = "sourceRef", skip_serializing_if = "Option::is_none")]
    pub source_ref: Option<Conflictingitemsourceref>,
    /// Optional human-readable description of the conflicting item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Conflictingitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, r#type: ConflictingitemType) -> Self {
        Conflictingitem {
            id: id.into(),
            name: None,
            r#type: Some(r#type),
            source_ref: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Conflictingitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Conflictingitem {
    const NAME: &'static str = "Conflictingitem";

    #[inline]
    fn empty() -> Self {
        Conflictingitem {
            id: Default::default(),
            name: None,
            r#type: None,
            source_ref: None,
            description: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value()?,
            "sourceRef" => self.source_ref = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
