//! `ProvisioningcompletedAccountRequestsInnerSourceType`, from `apis/triggers/schemas/provisioningcompleted.yaml#/properties/accountRequests/items/properties/source/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningcompletedAccountRequestsInnerSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningcompletedAccountRequestsInnerSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningcompletedAccountRequestsInnerSourceType::Source => "SOURCE",
            ProvisioningcompletedAccountRequestsInnerSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningcompletedAccountRequestsInnerSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => ProvisioningcompletedAccountRequestsInnerSourceType::Source,
            other => {
                ProvisioningcompletedAccountRequestsInnerSourceType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(ProvisioningcompletedAccountRequestsInnerSourceType);
