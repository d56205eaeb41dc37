//! `ManagedclientClusterType`, from `apis/managed-clients/schemas/managedclient.yaml#/properties/clusterType`.

/// Cluster Type of the ManagedClient
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclientClusterType {
    /// `idn`
    Idn,
    /// `iai`
    Iai,
    /// `spConnectCluster`
    SpConnectCluster,
    /// `sqsCluster`
    SqsCluster,
    /// `das-rc`
    DasRc,
    /// `das-pc`
    DasPc,
    /// `das-dc`
    DasDc,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclientClusterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclientClusterType::Idn => "idn",
            ManagedclientClusterType::Iai => "iai",
            ManagedclientClusterType::SpConnectCluster => "spConnectCluster",
            ManagedclientClusterType::SqsCluster => "sqsCluster",
            ManagedclientClusterType::DasRc => "das-rc",
            ManagedclientClusterType::DasPc => "das-pc",
            ManagedclientClusterType::DasDc => "das-dc",
            ManagedclientClusterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclientClusterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "idn" => ManagedclientClusterType::Idn,
            "iai" => ManagedclientClusterType::Iai,
            "spConnectCluster" => ManagedclientClusterType::SpConnectCluster,
            "sqsCluster" => ManagedclientClusterType::SqsCluster,
            "das-rc" => ManagedclientClusterType::DasRc,
            "das-pc" => ManagedclientClusterType::DasPc,
            "das-dc" => ManagedclientClusterType::DasDc,
            other => ManagedclientClusterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedclientClusterType);
