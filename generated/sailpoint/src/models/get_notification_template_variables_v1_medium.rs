//! `GetNotificationTemplateVariablesV1Medium`, from `apis/notifications/paths/notification-template-variables-v1-by-key-by-medium.yaml#/get/parameters/2/schema`.

/// `GetNotificationTemplateVariablesV1Medium` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetNotificationTemplateVariablesV1Medium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetNotificationTemplateVariablesV1Medium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetNotificationTemplateVariablesV1Medium::Email => "EMAIL",
            GetNotificationTemplateVariablesV1Medium::Slack => "SLACK",
            GetNotificationTemplateVariablesV1Medium::Teams => "TEAMS",
            GetNotificationTemplateVariablesV1Medium::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetNotificationTemplateVariablesV1Medium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => GetNotificationTemplateVariablesV1Medium::Email,
            "SLACK" => GetNotificationTemplateVariablesV1Medium::Slack,
            "TEAMS" => GetNotificationTemplateVariablesV1Medium::Teams,
            other => GetNotificationTemplateVariablesV1Medium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetNotificationTemplateVariablesV1Medium);
