//! `Entitlementrecommendationrecord`, from `apis/suggested-entitlement-description/schemas/entitlementrecommendationrecord.yaml`.

use crate::models::EntitlementrecommendationrecordRecordType;

/// A unified entitlement recommendation record representing either a SED (Suggested Entitlement Description) or a privilege recommendation.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementrecommendationrecord {
    /// The type of recommendation. "SED" indicates a suggested description recommendation; "privilege" indicates a privilege-level recommendation.
    #[serde(rename = "recordType", skip_serializing_if = "Option::is_none")]
    pub record_type: Option<EntitlementrecommendationrecordRecordType>,
    /// The unique identifier for this recommendation record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entitlement attribute name (e.g. "groups").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// The human-readable display name of the entitlement.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The internal name of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The ID of the source that owns this entitlement.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The display name of the source that owns this entitlement.
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The current review status of the recommendation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The entitlement type (e.g. "group").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The entitlement value or identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The current description of the entitlement, if one exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The AI-generated suggested description for the entitlement (SED records only).
    #[serde(rename = "suggestedDescription", skip_serializing_if = "Option::is_none")]
    pub suggested_description: Option<String>,
    /// The current privilege level assigned to the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privilege: Option<String>,
    /// The AI-suggested privilege level for the entitlement (privilege records only).
    #[serde(rename = "suggestedPrivilege", skip_serializing_if = "Option::is_none")]
    pub suggested_privilege: Option<String>,
    /// The ID of the identity who approved this recommendation.
    #[serde(rename = "approvedBy", skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    /// How the recommendation was approved (e.g. "direct").
    #[serde(rename = "approvedType", skip_serializing_if = "Option::is_none")]
    pub approved_type: Option<String>,
    /// The timestamp when the recommendation was approved.
    #[serde(rename = "approvedWhen", skip_serializing_if = "Option::is_none")]
    pub approved_when: Option<chrono::DateTime<chrono::Utc>>,
    /// The timestamp when the LLM batch that generated this recommendation was created.
    #[serde(rename = "llmBatchCreatedAt", skip_serializing_if = "Option::is_none")]
    pub llm_batch_created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementrecommendationrecord {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementrecommendationrecord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementrecommendationrecord {
    const NAME: &'static str = "Entitlementrecommendationrecord";

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
            "recordType" => self.record_type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "suggestedDescription" => {
                self.suggested_description = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "privilege" => {
                self.privilege = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "suggestedPrivilege" => {
                self.suggested_privilege = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "approvedBy" => {
                self.approved_by = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approvedType" => {
                self.approved_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approvedWhen" => {
                self.approved_when = map.next_value_seed(crate::datetime::Optional)?;
            }
            "llmBatchCreatedAt" => {
                self.llm_batch_created_at = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
