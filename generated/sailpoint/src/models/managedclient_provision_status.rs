//! `ManagedclientProvisionStatus`, from `apis/managed-clients/schemas/managedclient.yaml#/properties/provisionStatus`.

/// The provisioning status of the ManagedClient
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclientProvisionStatus {
    /// `PROVISIONED`
    Provisioned,
    /// `DRAFT`
    Draft,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclientProvisionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclientProvisionStatus::Provisioned => "PROVISIONED",
            ManagedclientProvisionStatus::Draft => "DRAFT",
            ManagedclientProvisionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclientProvisionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PROVISIONED" => ManagedclientProvisionStatus::Provisioned,
            "DRAFT" => ManagedclientProvisionStatus::Draft,
            other => ManagedclientProvisionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedclientProvisionStatus);
