//! `EmailNotificationOption`, from `beta/schemas/EmailNotificationOption.yaml`.

/// `EmailNotificationOption` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EmailNotificationOption {
    /// If true, then the manager is notified of the lifecycle state change.
    #[serde(
        rename = "notifyManagers",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub notify_managers: Option<bool>,
    /// If true, then all the admins are notified of the lifecycle state change.
    #[serde(
        rename = "notifyAllAdmins",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub notify_all_admins: Option<bool>,
    /// If true, then the users specified in "emailAddressList" below are notified of lifecycle state change.
    #[serde(
        rename = "notifySpecificUsers",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub notify_specific_users: Option<bool>,
    /// List of user email addresses. If "notifySpecificUsers" option is true, then these users are notified of lifecycle state change.
    #[serde(
        rename = "emailAddressList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_address_list: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EmailNotificationOption {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EmailNotificationOption {
            notify_managers: None,
            notify_all_admins: None,
            notify_specific_users: None,
            email_address_list: None,
            additional_properties: Default::default(),
        }
    }
}
