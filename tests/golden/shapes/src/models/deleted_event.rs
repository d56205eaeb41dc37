//! `DeletedEvent`, from `openapi.yaml#/components/schemas/DeletedEvent`.

/// An object was deleted.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeletedEvent {
    /// Id of the deleted object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "deletedId")]
    pub deleted_id: String,
    /// Why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DeletedEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(deleted_id: impl Into<String>) -> Self {
        DeletedEvent {
            deleted_id: deleted_id.into(),
            reason: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DeletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DeletedEvent {
    const NAME: &'static str = "DeletedEvent";

    #[inline]
    fn empty() -> Self {
        DeletedEvent {
            deleted_id: Default::default(),
            reason: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "deletedId" => self.deleted_id = map.next_value_seed(crate::lenient::Text)?,
            "reason" => self.reason = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
