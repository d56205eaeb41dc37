//! `ManagedClusterTypes`, from `beta/schemas/ManagedClusterTypes.yaml`.
crate::string_enum! {
    #[doc = " The Type of Cluster:"] #[doc = " * `idn` - IDN VA type"] #[doc =
    " * `iai` - IAI harvester VA"] #[doc =
    " * `spConnectCluster` - Saas 2.0 connector cluster (this should be one per org)"]
    #[doc = " * `sqsCluster` - This should be unused"] #[doc =
    " * `das-rc` - Data Access Security Resources Collector"] #[doc =
    " * `das-pc` - Data Access Security Permissions Collector"] #[doc =
    " * `das-dc` - Data Access Security Data Classification Collector"] #[doc =
    " * `pag` - Privilege Action Gateway VA"] #[doc =
    " * `das-am` - Data Access Security Activity Monitor"] #[doc =
    " * `standard` - Standard Cluster type for running multiple products"] pub enum
    ManagedClusterTypes { #[doc = " `idn`"] Idn = "idn", #[doc = " `iai`"] Iai = "iai",
    #[doc = " `spConnectCluster`"] SpConnectCluster = "spConnectCluster", #[doc =
    " `sqsCluster`"] SqsCluster = "sqsCluster", #[doc = " `das-rc`"] DasRc = "das-rc",
    #[doc = " `das-pc`"] DasPc = "das-pc", #[doc = " `das-dc`"] DasDc = "das-dc", #[doc =
    " `pag`"] Pag = "pag", #[doc = " `das-am`"] DasAm = "das-am", #[doc = " `standard`"]
    Standard = "standard", }
}
