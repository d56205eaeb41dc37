//! `Orgconfig`, from `apis/org-config/schemas/orgconfig.yaml`.

use crate::models::Reportconfigdto;

/// DTO class for OrgConfig data accessible by customer external org admin ("ORG_ADMIN") users
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Orgconfig {
    /// The name of the org.
    #[serde(rename = "orgName", skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
    /// The selected time zone which is to be used for the org.  This directly affects when scheduled tasks are executed.  Valid options can be found at /beta/org-config/valid-time-zones
    #[serde(rename = "timeZone", skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Flag to determine whether the LCS_CHANGE_HONORS_SOURCE_ENABLE_FEATURE flag is enabled for the current org.
    #[serde(
        rename = "lcsChangeHonorsSourceEnableFeature",
        skip_serializing_if = "Option::is_none"
    )]
    pub lcs_change_honors_source_enable_feature: Option<bool>,
    /// ARM Customer ID
    #[serde(rename = "armCustomerId", skip_serializing_if = "Option::is_none")]
    pub arm_customer_id: Option<String>,
    /// A list of IDN::sourceId to ARM::systemId mappings.
    #[serde(rename = "armSapSystemIdMappings", skip_serializing_if = "Option::is_none")]
    pub arm_sap_system_id_mappings: Option<String>,
    /// ARM authentication string
    #[serde(rename = "armAuth", skip_serializing_if = "Option::is_none")]
    pub arm_auth: Option<String>,
    /// ARM database name
    #[serde(rename = "armDb", skip_serializing_if = "Option::is_none")]
    pub arm_db: Option<String>,
    /// ARM SSO URL
    #[serde(rename = "armSsoUrl", skip_serializing_if = "Option::is_none")]
    pub arm_sso_url: Option<String>,
    /// Flag to determine whether IAI Certification Recommendations are enabled for the current org
    #[serde(
        rename = "iaiEnableCertificationRecommendations",
        skip_serializing_if = "Option::is_none"
    )]
    pub iai_enable_certification_recommendations: Option<bool>,
    /// Org opt-in flag that enables AI Agent delete-at-source lifecycle requests for the current org.
    #[serde(
        rename = "aiAgentDeleteRequestEnabled",
        skip_serializing_if = "Option::is_none"
    )]
    pub ai_agent_delete_request_enabled: Option<bool>,
    #[serde(rename = "sodReportConfigs", skip_serializing_if = "Option::is_none")]
    pub sod_report_configs: Option<Vec<Reportconfigdto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Orgconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Orgconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Orgconfig {
    const NAME: &'static str = "Orgconfig";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "orgName" => self.org_name = map.next_value_seed(crate::lenient::TextOption)?,
            "timeZone" => {
                self.time_zone = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lcsChangeHonorsSourceEnableFeature" => {
                self.lcs_change_honors_source_enable_feature = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "armCustomerId" => {
                self.arm_customer_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "armSapSystemIdMappings" => {
                self.arm_sap_system_id_mappings = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "armAuth" => self.arm_auth = map.next_value_seed(crate::lenient::TextOption)?,
            "armDb" => self.arm_db = map.next_value_seed(crate::lenient::TextOption)?,
            "armSsoUrl" => {
                self.arm_sso_url = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "iaiEnableCertificationRecommendations" => {
                self.iai_enable_certification_recommendations = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "aiAgentDeleteRequestEnabled" => {
                self.ai_agent_delete_request_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "sodReportConfigs" => self.sod_report_configs = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
