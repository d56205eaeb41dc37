//! `CancelableAccountActivity`, from `beta/schemas/CancelableAccountActivity.yaml`.

use crate::models::{
    AccountActivityItem, Comment, CompletionStatus, ExecutionStatus, IdentitySummary,
};

/// `CancelableAccountActivity` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CancelableAccountActivity {
    /// ID of the account activity itself
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "completionStatus", skip_serializing_if = "Option::is_none")]
    pub completion_status: Option<CompletionStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(
        rename = "requesterIdentitySummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_identity_summary: Option<IdentitySummary>,
    #[serde(rename = "targetIdentitySummary", skip_serializing_if = "Option::is_none")]
    pub target_identity_summary: Option<IdentitySummary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<AccountActivityItem>>,
    #[serde(rename = "executionStatus", skip_serializing_if = "Option::is_none")]
    pub execution_status: Option<ExecutionStatus>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Whether the account activity can be canceled before completion
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelable: Option<bool>,
    #[serde(rename = "cancelComment", skip_serializing_if = "Option::is_none")]
    pub cancel_comment: Option<Comment>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CancelableAccountActivity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CancelableAccountActivity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CancelableAccountActivity {
    const NAME: &'static str = "CancelableAccountActivity";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "completionStatus" => self.completion_status = map.next_value()?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "requesterIdentitySummary" => {
                self.requester_identity_summary = map.next_value()?;
            }
            "targetIdentitySummary" => self.target_identity_summary = map.next_value()?,
            "errors" => self.errors = map.next_value()?,
            "warnings" => self.warnings = map.next_value()?,
            "items" => self.items = map.next_value()?,
            "executionStatus" => self.execution_status = map.next_value()?,
            "clientMetadata" => self.client_metadata = map.next_value()?,
            "cancelable" => {
                self.cancelable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "cancelComment" => self.cancel_comment = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
