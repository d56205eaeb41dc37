//! `Referenceinput`, from `apis/sod-controls/schemas/referenceinput.yaml`.

use crate::models::ReferenceinputType;

/// Reference to an identity or governance group supplied on a request body.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Referenceinput {
    /// Opaque identifier in the exact form required by the owning service (case, dashes, etc. must be preserved).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The type of object being referenced.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ReferenceinputType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Referenceinput {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, r#type: ReferenceinputType) -> Self {
        Referenceinput {
            id: id.into(),
            r#type: Some(r#type),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Referenceinput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Referenceinput {
    const NAME: &'static str = "Referenceinput";

    #[inline]
    fn empty() -> Self {
        Referenceinput {
            id: Default::default(),
            r#type: None,
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
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
