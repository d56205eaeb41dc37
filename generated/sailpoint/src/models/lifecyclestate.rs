//! `Lifecyclestate`, from `apis/lifecycle-states/schemas/lifecyclestate.yaml`.

use crate::models::{
    Accessactionconfiguration, Accountaction, Emailnotificationoption,
    LifecyclestateIdentityState,
};

/// `Lifecyclestate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lifecyclestate {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates whether the lifecycle state is enabled or disabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The lifecycle state's technical name. This is for internal use.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "technicalName")]
    pub technical_name: String,
    /// Lifecycle state's description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Number of identities that have the lifecycle state.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "identityCount", skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    #[serde(rename = "emailNotificationOption", skip_serializing_if = "Option::is_none")]
    pub email_notification_option: Option<Emailnotificationoption>,
    #[serde(rename = "accountActions", skip_serializing_if = "Option::is_none")]
    pub account_actions: Option<Vec<Accountaction>>,
    /// List of unique access-profile IDs that are associated with the lifecycle state.
    #[serde(rename = "accessProfileIds", skip_serializing_if = "Option::is_none")]
    pub access_profile_ids: Option<Vec<String>>,
    /// The lifecycle state's associated identity state. This field is generally 'null'.
    #[serde(rename = "identityState", skip_serializing_if = "Option::is_none")]
    pub identity_state: Option<LifecyclestateIdentityState>,
    #[serde(
        rename = "accessActionConfiguration",
        skip_serializing_if = "Option::is_none"
    )]
    pub access_action_configuration: Option<Accessactionconfiguration>,
    /// Used to control the order of lifecycle states when listing with `?sorters=priority`. Lower numbers appear first (ascending order). Out-of-the-box lifecycle states are assigned priorities in increments of 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lifecyclestate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(technical_name: impl Into<String>) -> Self {
        Lifecyclestate {
            id: None,
            name: None,
            created: None,
            modified: None,
            enabled: None,
            technical_name: technical_name.into(),
            description: None,
            identity_count: None,
            email_notification_option: None,
            account_actions: None,
            access_profile_ids: None,
            identity_state: None,
            access_action_configuration: None,
            priority: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Lifecyclestate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lifecyclestate {
    const NAME: &'static str = "Lifecyclestate";

    #[inline]
    fn empty() -> Self {
        Lifecyclestate {
            id: None,
            name: None,
            created: None,
            modified: None,
            enabled: None,
            technical_name: Default::default(),
            description: None,
            identity_count: None,
            email_notification_option: None,
            account_actions: None,
            access_profile_ids: None,
            identity_state: None,
            access_action_configuration: None,
            priority: None,
            additional_properties: Default::default(),
        }
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
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "technicalName" => {
                self.technical_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityCount" => self.identity_count = map.next_value()?,
            "emailNotificationOption" => {
                self.email_notification_option = map.next_value()?;
            }
            "accountActions" => self.account_actions = map.next_value()?,
            "accessProfileIds" => self.access_profile_ids = map.next_value()?,
            "identityState" => self.identity_state = map.next_value()?,
            "accessActionConfiguration" => {
                self.access_action_configuration = map.next_value()?;
            }
            "priority" => self.priority = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
