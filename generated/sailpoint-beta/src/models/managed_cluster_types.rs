//! `ManagedClusterTypes`, from `beta/schemas/ManagedClusterTypes.yaml`.

/// The Type of Cluster:
/// * `idn` - IDN VA type
/// * `iai` - IAI harvester VA
/// * `spConnectCluster` - Saas 2.0 connector cluster (this should be one per org)
/// * `sqsCluster` - This should be unused
/// * `das-rc` - Data Access Security Resources Collector
/// * `das-pc` - Data Access Security Permissions Collector
/// * `das-dc` - Data Access Security Data Classification Collector
/// * `pag` - Privilege Action Gateway VA
/// * `das-am` - Data Access Security Activity Monitor
/// * `standard` - Standard Cluster type for running multiple products
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedClusterTypes {
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
    /// `pag`
    Pag,
    /// `das-am`
    DasAm,
    /// `standard`
    Standard,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedClusterTypes {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedClusterTypes::Idn => "idn",
            ManagedClusterTypes::Iai => "iai",
            ManagedClusterTypes::SpConnectCluster => "spConnectCluster",
            ManagedClusterTypes::SqsCluster => "sqsCluster",
            ManagedClusterTypes::DasRc => "das-rc",
            ManagedClusterTypes::DasPc => "das-pc",
            ManagedClusterTypes::DasDc => "das-dc",
            ManagedClusterTypes::Pag => "pag",
            ManagedClusterTypes::DasAm => "das-am",
            ManagedClusterTypes::Standard => "standard",
            ManagedClusterTypes::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedClusterTypes {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "idn" => ManagedClusterTypes::Idn,
            "iai" => ManagedClusterTypes::Iai,
            "spConnectCluster" => ManagedClusterTypes::SpConnectCluster,
            "sqsCluster" => ManagedClusterTypes::SqsCluster,
            "das-rc" => ManagedClusterTypes::DasRc,
            "das-pc" => ManagedClusterTypes::DasPc,
            "das-dc" => ManagedClusterTypes::DasDc,
            "pag" => ManagedClusterTypes::Pag,
            "das-am" => ManagedClusterTypes::DasAm,
            "standard" => ManagedClusterTypes::Standard,
            other => ManagedClusterTypes::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedClusterTypes);
