//! `JitaccessoperationrequestPath`, from `apis/jit-access/schemas/jitaccessoperationrequest.yaml#/properties/path`.

/// Path to replace. Only the following JSON Pointer-style paths are supported.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JitaccessoperationrequestPath {
    /// `/entitlementIds`
    EntitlementIds,
    /// `/maxActivationPeriodMins`
    MaxActivationPeriodMins,
    /// `/maxActivationPeriodExtensionMins`
    MaxActivationPeriodExtensionMins,
    /// `/defaultMaxActivationPeriodMins`
    DefaultMaxActivationPeriodMins,
    /// `/defaultMaxActivationPeriodExtensionMins`
    DefaultMaxActivationPeriodExtensionMins,
    /// `/notificationRecipients`
    NotificationRecipients,
    /// `/notificationTemplate`
    NotificationTemplate,
    /// `/applyToFutureAssignments`
    ApplyToFutureAssignments,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl JitaccessoperationrequestPath {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            JitaccessoperationrequestPath::EntitlementIds => "/entitlementIds",
            JitaccessoperationrequestPath::MaxActivationPeriodMins => {
                "/maxActivationPeriodMins"
            }
            JitaccessoperationrequestPath::MaxActivationPeriodExtensionMins => {
                "/maxActivationPeriodExtensionMins"
            }
            JitaccessoperationrequestPath::DefaultMaxActivationPeriodMins => {
                "/defaultMaxActivationPeriodMins"
            }
            JitaccessoperationrequestPath::DefaultMaxActivationPeriodExtensionMins => {
                "/defaultMaxActivationPeriodExtensionMins"
            }
            JitaccessoperationrequestPath::NotificationRecipients => {
                "/notificationRecipients"
            }
            JitaccessoperationrequestPath::NotificationTemplate => {
                "/notificationTemplate"
            }
            JitaccessoperationrequestPath::ApplyToFutureAssignments => {
                "/applyToFutureAssignments"
            }
            JitaccessoperationrequestPath::Unknown(value) => value,
        }
    }
}

impl From<&str> for JitaccessoperationrequestPath {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "/entitlementIds" => JitaccessoperationrequestPath::EntitlementIds,
            "/maxActivationPeriodMins" => {
                JitaccessoperationrequestPath::MaxActivationPeriodMins
            }
            "/maxActivationPeriodExtensionMins" => {
                JitaccessoperationrequestPath::MaxActivationPeriodExtensionMins
            }
            "/defaultMaxActivationPeriodMins" => {
                JitaccessoperationrequestPath::DefaultMaxActivationPeriodMins
            }
            "/defaultMaxActivationPeriodExtensionMins" => {
                JitaccessoperationrequestPath::DefaultMaxActivationPeriodExtensionMins
            }
            "/notificationRecipients" => {
                JitaccessoperationrequestPath::NotificationRecipients
            }
            "/notificationTemplate" => {
                JitaccessoperationrequestPath::NotificationTemplate
            }
            "/applyToFutureAssignments" => {
                JitaccessoperationrequestPath::ApplyToFutureAssignments
            }
            other => JitaccessoperationrequestPath::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(JitaccessoperationrequestPath);
