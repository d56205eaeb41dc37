//! `ConnectorRuleCreateRequestType`, from `beta/schemas/ConnectorRuleCreateRequest.yaml#/properties/type`.

/// the type of rule
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConnectorRuleCreateRequestType {
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
    /// `ResourceObjectCustomization`
    ResourceObjectCustomization,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConnectorRuleCreateRequestType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConnectorRuleCreateRequestType::BuildMap => "BuildMap",
            ConnectorRuleCreateRequestType::ConnectorAfterCreate => {
                "ConnectorAfterCreate"
            }
            ConnectorRuleCreateRequestType::ConnectorAfterDelete => {
                "ConnectorAfterDelete"
            }
            ConnectorRuleCreateRequestType::ConnectorAfterModify => {
                "ConnectorAfterModify"
            }
            ConnectorRuleCreateRequestType::ConnectorBeforeCreate => {
                "ConnectorBeforeCreate"
            }
            ConnectorRuleCreateRequestType::ConnectorBeforeDelete => {
                "ConnectorBeforeDelete"
            }
            ConnectorRuleCreateRequestType::ConnectorBeforeModify => {
                "ConnectorBeforeModify"
            }
            ConnectorRuleCreateRequestType::JdbcBuildMap => "JDBCBuildMap",
            ConnectorRuleCreateRequestType::JdbcOperationProvisioning => {
                "JDBCOperationProvisioning"
            }
            ConnectorRuleCreateRequestType::JdbcProvision => "JDBCProvision",
            ConnectorRuleCreateRequestType::PeopleSoftHrmsBuildMap => {
                "PeopleSoftHRMSBuildMap"
            }
            ConnectorRuleCreateRequestType::PeopleSoftHrmsOperationProvisioning => {
                "PeopleSoftHRMSOperationProvisioning"
            }
            ConnectorRuleCreateRequestType::PeopleSoftHrmsProvision => {
                "PeopleSoftHRMSProvision"
            }
            ConnectorRuleCreateRequestType::RacfPermissionCustomization => {
                "RACFPermissionCustomization"
            }
            ConnectorRuleCreateRequestType::SapBuildMap => "SAPBuildMap",
            ConnectorRuleCreateRequestType::SapHrManagerRule => "SapHrManagerRule",
            ConnectorRuleCreateRequestType::SapHrOperationProvisioning => {
                "SapHrOperationProvisioning"
            }
            ConnectorRuleCreateRequestType::SapHrProvision => "SapHrProvision",
            ConnectorRuleCreateRequestType::SuccessFactorsOperationProvisioning => {
                "SuccessFactorsOperationProvisioning"
            }
            ConnectorRuleCreateRequestType::WebServiceAfterOperationRule => {
                "WebServiceAfterOperationRule"
            }
            ConnectorRuleCreateRequestType::WebServiceBeforeOperationRule => {
                "WebServiceBeforeOperationRule"
            }
            ConnectorRuleCreateRequestType::ResourceObjectCustomization => {
                "ResourceObjectCustomization"
            }
            ConnectorRuleCreateRequestType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConnectorRuleCreateRequestType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "BuildMap" => ConnectorRuleCreateRequestType::BuildMap,
            "ConnectorAfterCreate" => {
                ConnectorRuleCreateRequestType::ConnectorAfterCreate
            }
            "ConnectorAfterDelete" => {
                ConnectorRuleCreateRequestType::ConnectorAfterDelete
            }
            "ConnectorAfterModify" => {
                ConnectorRuleCreateRequestType::ConnectorAfterModify
            }
            "ConnectorBeforeCreate" => {
                ConnectorRuleCreateRequestType::ConnectorBeforeCreate
            }
            "ConnectorBeforeDelete" => {
                ConnectorRuleCreateRequestType::ConnectorBeforeDelete
            }
            "ConnectorBeforeModify" => {
                ConnectorRuleCreateRequestType::ConnectorBeforeModify
            }
            "JDBCBuildMap" => ConnectorRuleCreateRequestType::JdbcBuildMap,
            "JDBCOperationProvisioning" => {
                ConnectorRuleCreateRequestType::JdbcOperationProvisioning
            }
            "JDBCProvision" => ConnectorRuleCreateRequestType::JdbcProvision,
            "PeopleSoftHRMSBuildMap" => {
                ConnectorRuleCreateRequestType::PeopleSoftHrmsBuildMap
            }
            "PeopleSoftHRMSOperationProvisioning" => {
                ConnectorRuleCreateRequestType::PeopleSoftHrmsOperationProvisioning
            }
            "PeopleSoftHRMSProvision" => {
                ConnectorRuleCreateRequestType::PeopleSoftHrmsProvision
            }
            "RACFPermissionCustomization" => {
                ConnectorRuleCreateRequestType::RacfPermissionCustomization
            }
            "SAPBuildMap" => ConnectorRuleCreateRequestType::SapBuildMap,
            "SapHrManagerRule" => ConnectorRuleCreateRequestType::SapHrManagerRule,
            "SapHrOperationProvisioning" => {
                ConnectorRuleCreateRequestType::SapHrOperationProvisioning
            }
            "SapHrProvision" => ConnectorRuleCreateRequestType::SapHrProvision,
            "SuccessFactorsOperationProvisioning" => {
                ConnectorRuleCreateRequestType::SuccessFactorsOperationProvisioning
            }
            "WebServiceAfterOperationRule" => {
                ConnectorRuleCreateRequestType::WebServiceAfterOperationRule
            }
            "WebServiceBeforeOperationRule" => {
                ConnectorRuleCreateRequestType::WebServiceBeforeOperationRule
            }
            "ResourceObjectCustomization" => {
                ConnectorRuleCreateRequestType::ResourceObjectCustomization
            }
            other => ConnectorRuleCreateRequestType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConnectorRuleCreateRequestType);
