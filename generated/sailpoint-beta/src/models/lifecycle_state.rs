//! `LifecycleState`, from `beta/schemas/LifecycleState.yaml`.

use crate::models::{AccountAction, EmailNotificationOption};

/// `LifecycleState` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct LifecycleState {
    /// Lifecycle state ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Lifecycle state name.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Lifecycle state technical name. This is for internal use.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "technicalName", skip_serializing_if = "Option::is_none")]
    pub technical_name: Option<String>,
    /// Lifecycle state description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Lifecycle state created date.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Lifecycle state modified date.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates whether the lifecycle state is enabled or disabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of identities that have the lifecycle state.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "identityCount", skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    #[serde(rename = "emailNotificationOption", skip_serializing_if = "Option::is_none")]
    pub email_notification_option: Option<EmailNotificationOption>,
    #[serde(rename = "accountActions", skip_serializing_if = "Option::is_none")]
    pub account_actions: Option<Vec<AccountAction>>,
    /// List of access-profile IDs that are associated with the lifecycle state.
    #[serde(rename = "accessProfileIds", skip_serializing_if = "Option::is_none")]
    pub access_profile_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecycleState {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for LifecycleState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for LifecycleState {
    const NAME: &'static str = "LifecycleState";

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
            "technicalName" => {
                self.technical_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "identityCount" => self.identity_count = map.next_value()?,
            "emailNotificationOption" => {
                self.email_notification_option = map.next_value()?;
            }
            "accountActions" => self.account_actions = map.next_value()?,
            "accessProfileIds" => self.access_profile_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
