//! `SodControlsReference`, from `apis/sod-controls/schemas/reference.yaml`.

/// Reference to an identity or governance group returned in a response.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SodControlsReference {
    /// Opaque identifier in the exact form required by the owning service (case, dashes, etc. must be preserved).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The type of object being referenced.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Human-readable name for the referenced identity or governance group when known. Omitted when unknown; null is allowed in the schema when clients send or receive explicit nulls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodControlsReference {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, r#type: impl Into<String>) -> Self {
        SodControlsReference {
            id: id.into(),
            r#type: r#type.into(),
            name: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SodControlsReference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SodControlsReference {
    const NAME: &'static str = "SodControlsReference";

    #[inline]
    fn empty() -> Self {
        SodControlsReference {
            id: Default::default(),
            r#type: Default::default(),
            name: None,
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
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
