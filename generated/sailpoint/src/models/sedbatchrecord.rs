//! `Sedbatchrecord`, from `apis/suggested-entitlement-description/schemas/sedbatchrecord.yaml`.

/// Sed Batch Record
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sedbatchrecord {
    /// The tenant ID associated with the batch.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// The unique ID of the batch.
    #[serde(rename = "batchId", skip_serializing_if = "Option::is_none")]
    pub batch_id: Option<String>,
    /// The name of the batch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The current state of the batch (e.g., submitted, materialized, completed).
    #[serde(rename = "processedState", skip_serializing_if = "Option::is_none")]
    pub processed_state: Option<String>,
    /// The ID of the user who requested the batch.
    #[serde(rename = "requestedBy", skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<String>,
    /// The number of items materialized in the batch.
    #[serde(rename = "materializedCount", skip_serializing_if = "Option::is_none")]
    pub materialized_count: Option<i32>,
    /// The number of items processed in the batch.
    #[serde(rename = "processedCount", skip_serializing_if = "Option::is_none")]
    pub processed_count: Option<i32>,
    /// The timestamp when the batch was created.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The timestamp when the batch was last updated.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sedbatchrecord {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sedbatchrecord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sedbatchrecord {
    const NAME: &'static str = "Sedbatchrecord";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "tenantId" => {
                self.tenant_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "batchId" => self.batch_id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "processedState" => {
                self.processed_state = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requestedBy" => {
                self.requested_by = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "materializedCount" => self.materialized_count = map.next_value()?,
            "processedCount" => self.processed_count = map.next_value()?,
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "updatedAt" => {
                self.updated_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
