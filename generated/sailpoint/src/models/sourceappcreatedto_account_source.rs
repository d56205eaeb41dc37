//! `SourceappcreatedtoAccountSource`, from `apis/apps/schemas/sourceappcreatedto.yaml#/properties/accountSource`.

/// `SourceappcreatedtoAccountSource` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourceappcreatedtoAccountSource {
    /// The source ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The source type, will always be "SOURCE"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The source name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceappcreatedtoAccountSource {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        SourceappcreatedtoAccountSource {
            id: id.into(),
            r#type: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SourceappcreatedtoAccountSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourceappcreatedtoAccountSource {
    const NAME: &'static str = "SourceappcreatedtoAccountSource";

    #[inline]
    fn empty() -> Self {
        SourceappcreatedtoAccountSource {
            id: Default::default(),
            r#type: None,
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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
