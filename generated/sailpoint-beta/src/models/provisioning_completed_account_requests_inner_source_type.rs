//! `ProvisioningCompletedAccountRequestsInnerSourceType`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items/properties/source/properties/type`.

/// Source DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningCompletedAccountRequestsInnerSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningCompletedAccountRequestsInnerSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningCompletedAccountRequestsInnerSourceType::Source => "SOURCE",
            ProvisioningCompletedAccountRequestsInnerSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningCompletedAccountRequestsInnerSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => ProvisioningCompletedAccountRequestsInnerSourceType::Source,
            other => {
                ProvisioningCompletedAccountRequestsInnerSourceType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(ProvisioningCompletedAccountRequestsInnerSourceType);
