//! `BaseRecord`, from `openapi.yaml#/components/schemas/BaseRecord`.

/// Base object for allOf.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct BaseRecord {
    /// Id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Creation time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl BaseRecord {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        BaseRecord {
            id: id.into(),
            created: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for BaseRecord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for BaseRecord {
    const NAME: &'static str = "BaseRecord";

    #[inline]
    fn empty() -> Self {
        BaseRecord {
            id: Default::default(),
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
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
