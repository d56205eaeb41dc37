//! `CreatedEvent`, from `openapi.yaml#/components/schemas/CreatedEvent`.

/// An object was created.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreatedEvent {
    /// Id of the created object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "createdId")]
    pub created_id: String,
    /// When.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreatedEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(created_id: impl Into<String>) -> Self {
        CreatedEvent {
            created_id: created_id.into(),
            created: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreatedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CreatedEvent {
    const NAME: &'static str = "CreatedEvent";

    #[inline]
    fn empty() -> Self {
        CreatedEvent {
            created_id: Default::default(),
            created: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "createdId" => self.created_id = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
