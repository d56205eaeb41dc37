//! `Managedclustertypes`, from `apis/managed-clusters/schemas/managedclustertypes.yaml`.

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
pub enum Managedclustertypes {
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

impl Managedclustertypes {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Managedclustertypes::Idn => "idn",
            Managedclustertypes::Iai => "iai",
            Managedclustertypes::SpConnectCluster => "spConnectCluster",
            Managedclustertypes::SqsCluster => "sqsCluster",
            Managedclustertypes::DasRc => "das-rc",
            Managedclustertypes::DasPc => "das-pc",
            Managedclustertypes::DasDc => "das-dc",
            Managedclustertypes::Pag => "pag",
            Managedclustertypes::DasAm => "das-am",
            Managedclustertypes::Standard => "standard",
            Managedclustertypes::Unknown(value) => value,
        }
    }
}

impl From<&str> for Managedclustertypes {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "idn" => Managedclustertypes::Idn,
            "iai" => Managedclustertypes::Iai,
            "spConnectCluster" => Managedclustertypes::SpConnectCluster,
            "sqsCluster" => Managedclustertypes::SqsCluster,
            "das-rc" => Managedclustertypes::DasRc,
            "das-pc" => Managedclustertypes::DasPc,
            "das-dc" => Managedclustertypes::DasDc,
            "pag" => Managedclustertypes::Pag,
            "das-am" => Managedclustertypes::DasAm,
            "standard" => Managedclustertypes::Standard,
            other => Managedclustertypes::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Managedclustertypes);
