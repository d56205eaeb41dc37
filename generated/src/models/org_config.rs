//! `OrgConfig`, from `beta/schemas/OrgConfig.yaml`.

use crate::models::ReportConfigDto;

/// DTO class for OrgConfig data accessible by customer external org admin ("ORG_ADMIN") users
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrgConfig {
    /// The name of the org.
    #[serde(
        rename = "orgName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub org_name: Option<String>,
    /// The selected time zone which is to be used for the org.  This directly affects when scheduled tasks are executed.  Valid options can be found at /beta/org-config/valid-time-zones
    #[serde(
        rename = "timeZone",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub time_zone: Option<String>,
    /// Flag to determine whether the LCS_CHANGE_HONORS_SOURCE_ENABLE_FEATURE flag is enabled for the current org.
    #[serde(
        rename = "lcsChangeHonorsSourceEnableFeature",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub lcs_change_honors_source_enable_feature: Option<bool>,
    /// ARM Customer ID
    #[serde(
        rename = "armCustomerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub arm_customer_id: Option<String>,
    /// A list of IDN::sourceId to ARM::systemId mappings.
    #[serde(
        rename = "armSapSystemIdMappings",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub arm_sap_system_id_mappings: Option<String>,
    /// ARM authentication string
    #[serde(
        rename = "armAuth",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub arm_auth: Option<String>,
    /// ARM database name
    #[serde(
        rename = "armDb",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub arm_db: Option<String>,
    /// ARM SSO URL
    #[serde(
        rename = "armSsoUrl",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub arm_sso_url: Option<String>,
    /// Flag to determine whether IAI Certification Recommendations are enabled for the current org
    #[serde(
        rename = "iaiEnableCertificationRecommendations",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub iai_enable_certification_recommendations: Option<bool>,
    /// Org opt-in flag that enables AI Agent delete-at-source lifecycle requests for the current org.
    #[serde(
        rename = "aiAgentDeleteRequestEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub ai_agent_delete_request_enabled: Option<bool>,
    #[serde(
        rename = "sodReportConfigs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sod_report_configs: Option<Vec<ReportConfigDto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OrgConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OrgConfig {
            org_name: None,
            time_zone: None,
            lcs_change_honors_source_enable_feature: None,
            arm_customer_id: None,
            arm_sap_system_id_mappings: None,
            arm_auth: None,
            arm_db: None,
            arm_sso_url: None,
            iai_enable_certification_recommendations: None,
            ai_agent_delete_request_enabled: None,
            sod_report_configs: None,
            additional_properties: Default::default(),
        }
    }
}
