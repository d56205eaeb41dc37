//! `ConnectorRuleCreateRequestType`, from `beta/schemas/ConnectorRuleCreateRequest.yaml`.
crate::string_enum! {
    #[doc = " the type of rule"] pub enum ConnectorRuleCreateRequestType { #[doc =
    " `BuildMap`"] BuildMap = "BuildMap", #[doc = " `ConnectorAfterCreate`"]
    ConnectorAfterCreate = "ConnectorAfterCreate", #[doc = " `ConnectorAfterDelete`"]
    ConnectorAfterDelete = "ConnectorAfterDelete", #[doc = " `ConnectorAfterModify`"]
    ConnectorAfterModify = "ConnectorAfterModify", #[doc = " `ConnectorBeforeCreate`"]
    ConnectorBeforeCreate = "ConnectorBeforeCreate", #[doc = " `ConnectorBeforeDelete`"]
    ConnectorBeforeDelete = "ConnectorBeforeDelete", #[doc = " `ConnectorBeforeModify`"]
    ConnectorBeforeModify = "ConnectorBeforeModify", #[doc = " `JDBCBuildMap`"]
    JdbcBuildMap = "JDBCBuildMap", #[doc = " `JDBCOperationProvisioning`"]
    JdbcOperationProvisioning = "JDBCOperationProvisioning", #[doc = " `JDBCProvision`"]
    JdbcProvision = "JDBCProvision", #[doc = " `PeopleSoftHRMSBuildMap`"]
    PeopleSoftHrmsBuildMap = "PeopleSoftHRMSBuildMap", #[doc =
    " `PeopleSoftHRMSOperationProvisioning`"] PeopleSoftHrmsOperationProvisioning =
    "PeopleSoftHRMSOperationProvisioning", #[doc = " `PeopleSoftHRMSProvision`"]
    PeopleSoftHrmsProvision = "PeopleSoftHRMSProvision", #[doc =
    " `RACFPermissionCustomization`"] RacfPermissionCustomization =
    "RACFPermissionCustomization", #[doc = " `SAPBuildMap`"] SapBuildMap = "SAPBuildMap",
    #[doc = " `SapHrManagerRule`"] SapHrManagerRule = "SapHrManagerRule", #[doc =
    " `SapHrOperationProvisioning`"] SapHrOperationProvisioning =
    "SapHrOperationProvisioning", #[doc = " `SapHrProvision`"] SapHrProvision =
    "SapHrProvision", #[doc = " `SuccessFactorsOperationProvisioning`"]
    SuccessFactorsOperationProvisioning = "SuccessFactorsOperationProvisioning", #[doc =
    " `WebServiceAfterOperationRule`"] WebServiceAfterOperationRule =
    "WebServiceAfterOperationRule", #[doc = " `WebServiceBeforeOperationRule`"]
    WebServiceBeforeOperationRule = "WebServiceBeforeOperationRule", #[doc =
    " `ResourceObjectCustomization`"] ResourceObjectCustomization =
    "ResourceObjectCustomization", }
}
