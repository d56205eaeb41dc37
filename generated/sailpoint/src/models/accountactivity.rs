//! `Accountactivity`, from `apis/account-activities/schemas/accountactivity.yaml`.

use crate::models::{
    Accountactivityitem, Completionstatus, Executionstatus, Identitysummary,
};

/// `Accountactivity` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountactivity {
    /// Id of the account activity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the activity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the activity was first created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// When the activity was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the activity was completed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "completionStatus", skip_serializing_if = "Option::is_none")]
    pub completion_status: Option<Completionstatus>,
    /// The type of action the activity performed.  Please see the following list of types.  This list may grow over time.
    ///
    /// - CloudAutomated
    /// - IdentityAttributeUpdate
    /// - appRequest
    /// - LifecycleStateChange
    /// - AccountStateUpdate
    /// - AccountAttributeUpdate
    /// - CloudPasswordRequest
    /// - Attribute Synchronization Refresh
    /// - Certification
    /// - Identity Refresh
    /// - Lifecycle Change Refresh
    ///
    ///
    /// [Learn more here](https://documentation.sailpoint.com/saas/help/search/searchable-fields.html#searching-account-activity-data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(
        rename = "requesterIdentitySummary",
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_identity_summary: Option<Identitysummary>,
    #[serde(rename = "targetIdentitySummary", skip_serializing_if = "Option::is_none")]
    pub target_identity_summary: Option<Identitysummary>,
    /// A list of error messages, if any, that were encountered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// A list of warning messages, if any, that were encountered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<String>>,
    /// Individual actions performed as part of this account activity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Accountactivityitem>>,
    #[serde(rename = "executionStatus", skip_serializing_if = "Option::is_none")]
    pub execution_status: Option<Executionstatus>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountactivity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountactivity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountactivity {
    const NAME: &'static str = "Accountactivity";

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
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
