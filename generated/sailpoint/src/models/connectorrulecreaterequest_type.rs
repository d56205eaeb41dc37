//! `ConnectorrulecreaterequestType`, from `apis/connector-rule-management/schemas/connectorrulecreaterequest.yaml#/properties/type`.

/// the type of rule
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConnectorrulecreaterequestType {
    /// `BuildMap`
    BuildMap,
    /// `ConnectorAfterCreate`
    ConnectorAfterCreate,
    /// `ConnectorAfterDelete`
    ConnectorAfterDelete,
    /// `ConnectorAfterModify`
    ConnectorAfterModify,
    /// `ConnectorBeforeCreate`
    ConnectorBeforeCreate,
    /// `ConnectorBeforeDelete`
    ConnectorBeforeDelete,
    /// `ConnectorBeforeModify`
    ConnectorBeforeModify,
    /// `JDBCBuildMap`
    JdbcBuildMap,
    /// `JDBCOperationProvisioning`
    JdbcOperationProvisioning,
    /// `JDBCProvision`
    JdbcProvision,
    /// `PeopleSoftHRMSBuildMap`
    PeopleSoftHrmsBuildMap,
    /// `PeopleSoftHRMSOperationProvisioning`
    PeopleSoftHrmsOperationProvisioning,
    /// `PeopleSoftHRMSProvision`
    PeopleSoftHrmsProvision,
    /// `RACFPermissionCustomization`
    RacfPermissionCustomization,
    /// `ResourceObjectCustomization`
    ResourceObjectCustomization,
    /// `SAPBuildMap`
    SapBuildMap,
    /// `SapHrManagerRule`
    SapHrManagerRule,
    /// `SapHrOperationProvisioning`
    SapHrOperationProvisioning,
    /// `SapHrProvision`
    SapHrProvision,
    /// `SuccessFactorsOperationProvisioning`
    SuccessFactorsOperationProvisioning,
    /// `WebServiceAfterOperationRule`
    WebServiceAfterOperationRule,
    /// `WebServiceBeforeOperationRule`
    WebServiceBeforeOperationRule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConnectorrulecreaterequestType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConnectorrulecreaterequestType::BuildMap => "BuildMap",
            ConnectorrulecreaterequestType::ConnectorAfterCreate => {
                "ConnectorAfterCreate"
            }
            ConnectorrulecreaterequestType::ConnectorAfterDelete => {
                "ConnectorAfterDelete"
            }
            ConnectorrulecreaterequestType::ConnectorAfterModify => {
                "ConnectorAfterModify"
            }
            ConnectorrulecreaterequestType::ConnectorBeforeCreate => {
                "ConnectorBeforeCreate"
            }
            ConnectorrulecreaterequestType::ConnectorBeforeDelete => {
                "ConnectorBeforeDelete"
            }
            ConnectorrulecreaterequestType::ConnectorBeforeModify => {
                "ConnectorBeforeModify"
            }
            ConnectorrulecreaterequestType::JdbcBuildMap => "JDBCBuildMap",
            ConnectorrulecreaterequestType::JdbcOperationProvisioning => {
                "JDBCOperationProvisioning"
            }
            ConnectorrulecreaterequestType::JdbcProvision => "JDBCProvision",
            ConnectorrulecreaterequestType::PeopleSoftHrmsBuildMap => {
                "PeopleSoftHRMSBuildMap"
            }
            ConnectorrulecreaterequestType::PeopleSoftHrmsOperationProvisioning => {
                "PeopleSoftHRMSOperationProvisioning"
            }
            ConnectorrulecreaterequestType::PeopleSoftHrmsProvision => {
                "PeopleSoftHRMSProvision"
            }
            ConnectorrulecreaterequestType::RacfPermissionCustomization => {
                "RACFPermissionCustomization"
            }
            ConnectorrulecreaterequestType::ResourceObjectCustomization => {
                "ResourceObjectCustomization"
            }
            ConnectorrulecreaterequestType::SapBuildMap => "SAPBuildMap",
            ConnectorrulecreaterequestType::SapHrManagerRule => "SapHrManagerRule",
            ConnectorrulecreaterequestType::SapHrOperationProvisioning => {
                "SapHrOperationProvisioning"
            }
            ConnectorrulecreaterequestType::SapHrProvision => "SapHrProvision",
            ConnectorrulecreaterequestType::SuccessFactorsOperationProvisioning => {
                "SuccessFactorsOperationProvisioning"
            }
            ConnectorrulecreaterequestType::WebServiceAfterOperationRule => {
                "WebServiceAfterOperationRule"
            }
            ConnectorrulecreaterequestType::WebServiceBeforeOperationRule => {
                "WebServiceBeforeOperationRule"
            }
            ConnectorrulecreaterequestType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConnectorrulecreaterequestType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "BuildMap" => ConnectorrulecreaterequestType::BuildMap,
            "ConnectorAfterCreate" => {
                ConnectorrulecreaterequestType::ConnectorAfterCreate
            }
            "ConnectorAfterDelete" => {
                ConnectorrulecreaterequestType::ConnectorAfterDelete
            }
            "ConnectorAfterModify" => {
                ConnectorrulecreaterequestType::ConnectorAfterModify
            }
            "ConnectorBeforeCreate" => {
                ConnectorrulecreaterequestType::ConnectorBeforeCreate
            }
            "ConnectorBeforeDelete" => {
                ConnectorrulecreaterequestType::ConnectorBeforeDelete
            }
            "ConnectorBeforeModify" => {
                ConnectorrulecreaterequestType::ConnectorBeforeModify
            }
            "JDBCBuildMap" => ConnectorrulecreaterequestType::JdbcBuildMap,
            "JDBCOperationProvisioning" => {
                ConnectorrulecreaterequestType::JdbcOperationProvisioning
            }
            "JDBCProvision" => ConnectorrulecreaterequestType::JdbcProvision,
            "PeopleSoftHRMSBuildMap" => {
                ConnectorrulecreaterequestType::PeopleSoftHrmsBuildMap
            }
            "PeopleSoftHRMSOperationProvisioning" => {
                ConnectorrulecreaterequestType::PeopleSoftHrmsOperationProvisioning
            }
            "PeopleSoftHRMSProvision" => {
                ConnectorrulecreaterequestType::PeopleSoftHrmsProvision
            }
            "RACFPermissionCustomization" => {
                ConnectorrulecreaterequestType::RacfPermissionCustomization
            }
            "ResourceObjectCustomization" => {
                ConnectorrulecreaterequestType::ResourceObjectCustomization
            }
            "SAPBuildMap" => ConnectorrulecreaterequestType::SapBuildMap,
            "SapHrManagerRule" => ConnectorrulecreaterequestType::SapHrManagerRule,
            "SapHrOperationProvisioning" => {
                ConnectorrulecreaterequestType::SapHrOperationProvisioning
            }
            "SapHrProvision" => ConnectorrulecreaterequestType::SapHrProvision,
            "SuccessFactorsOperationProvisioning" => {
                ConnectorrulecreaterequestType::SuccessFactorsOperationProvisioning
            }
            "WebServiceAfterOperationRule" => {
                ConnectorrulecreaterequestType::WebServiceAfterOperationRule
            }
            "WebServiceBeforeOperationRule" => {
                ConnectorrulecreaterequestType::WebServiceBeforeOperationRule
            }
            other => ConnectorrulecreaterequestType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConnectorrulecreaterequestType);
