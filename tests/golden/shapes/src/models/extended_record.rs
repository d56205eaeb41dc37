//! `ExtendedRecord`, from `openapi.yaml#/components/schemas/ExtendedRecord`.

/// allOf of a $ref'd base plus inline properties with their own required list.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ExtendedRecord {
    /// Id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Creation time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Kind of record.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub kind: String,
    /// Free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExtendedRecord {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, kind: impl Into<String>) -> Self {
        ExtendedRecord {
            id: id.into(),
            created: None,
            kind: kind.into(),
            notes: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ExtendedRecord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ExtendedRecord {
    const NAME: &'static str = "ExtendedRecord";

    #[inline]
    fn empty() -> Self {
        ExtendedRecord {
            id: Default::default(),
            created: None,
            kind: Default::default(),
            notes: None,
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
            "kind" => self.kind = map.next_value_seed(crate::lenient::Text)?,
            "notes" => self.notes = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
