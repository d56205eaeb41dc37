//! `Slimdiscoveredapplications`, from `apis/application-discovery/schemas/slimdiscoveredapplications.yaml`.

use crate::models::SlimdiscoveredapplicationsRiskLevel;

/// Discovered applications
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Slimdiscoveredapplications {
    /// Unique identifier for the discovered application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the discovered application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Source from which the application was discovered.
    #[serde(rename = "discoverySource", skip_serializing_if = "Option::is_none")]
    pub discovery_source: Option<String>,
    /// The vendor associated with the discovered application.
    #[serde(rename = "discoveredVendor", skip_serializing_if = "Option::is_none")]
    pub discovered_vendor: Option<String>,
    /// A brief description of the discovered application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// List of recommended connectors for the application.
    #[serde(rename = "recommendedConnectors", skip_serializing_if = "Option::is_none")]
    pub recommended_connectors: Option<Vec<String>>,
    /// The timestamp when the application was last received via an entitlement aggregation invocation  or a manual csv upload, in ISO 8601 format.
    #[serde(rename = "discoveredAt", skip_serializing_if = "Option::is_none")]
    pub discovered_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The timestamp when the application was first discovered, in ISO 8601 format.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The status of an application within the discovery source.
    ///
    /// By default this field is set to "ACTIVE" when the application is discovered.
    ///
    /// If an application has been deleted from within the discovery source, the status will be set to "INACTIVE".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The operational status of the application.
    #[serde(rename = "operationalStatus", skip_serializing_if = "Option::is_none")]
    pub operational_status: Option<String>,
    /// The category of the discovery source.
    #[serde(rename = "discoverySourceCategory", skip_serializing_if = "Option::is_none")]
    pub discovery_source_category: Option<String>,
    /// The number of licenses associated with the application.
    #[serde(rename = "licenseCount", skip_serializing_if = "Option::is_none")]
    pub license_count: Option<i32>,
    /// Indicates whether the application is sanctioned.
    #[serde(rename = "isSanctioned", skip_serializing_if = "Option::is_none")]
    pub is_sanctioned: Option<bool>,
    /// URL of the application's logo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// The URL of the application.
    #[serde(rename = "appUrl", skip_serializing_if = "Option::is_none")]
    pub app_url: Option<String>,
    /// List of groups associated with the application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// The count of users associated with the application.
    #[serde(rename = "usersCount", skip_serializing_if = "Option::is_none")]
    pub users_count: Option<String>,
    /// The owners of the application.
    #[serde(rename = "applicationOwner", skip_serializing_if = "Option::is_none")]
    pub application_owner: Option<Vec<String>>,
    /// The IT owners of the application.
    #[serde(rename = "itApplicationOwner", skip_serializing_if = "Option::is_none")]
    pub it_application_owner: Option<Vec<String>>,
    /// The business criticality level of the application.
    #[serde(rename = "businessCriticality", skip_serializing_if = "Option::is_none")]
    pub business_criticality: Option<String>,
    /// The data classification level of the application.
    #[serde(rename = "dataClassification", skip_serializing_if = "Option::is_none")]
    pub data_classification: Option<String>,
    /// The business unit associated with the application.
    #[serde(rename = "businessUnit", skip_serializing_if = "Option::is_none")]
    pub business_unit: Option<String>,
    /// The installation type of the application.
    #[serde(rename = "installType", skip_serializing_if = "Option::is_none")]
    pub install_type: Option<String>,
    /// The environment in which the application operates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
    /// The risk score of the application ranging from 0-100, 100 being highest risk.
    #[serde(rename = "riskScore", skip_serializing_if = "Option::is_none")]
    pub risk_score: Option<i32>,
    /// Indicates whether the application is used for business purposes.
    #[serde(rename = "isBusiness", skip_serializing_if = "Option::is_none")]
    pub is_business: Option<bool>,
    /// The total number of sign-in accounts for the application.
    #[serde(rename = "totalSigninsCount", skip_serializing_if = "Option::is_none")]
    pub total_signins_count: Option<i32>,
    /// The risk level of the application.
    #[serde(rename = "riskLevel", skip_serializing_if = "Option::is_none")]
    pub risk_level: Option<SlimdiscoveredapplicationsRiskLevel>,
    /// Indicates whether the application has privileged access.
    #[serde(rename = "isPrivileged", skip_serializing_if = "Option::is_none")]
    pub is_privileged: Option<bool>,
    /// The warranty expiration date of the application.
    #[serde(rename = "warrantyExpiration", skip_serializing_if = "Option::is_none")]
    pub warranty_expiration: Option<String>,
    /// Additional attributes of the application useful for visibility of governance posture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Slimdiscoveredapplications {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Slimdiscoveredapplications {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Slimdiscoveredapplications {
    const NAME: &'static str = "Slimdiscoveredapplications";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "discoverySource" => {
                self.discovery_source = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "discoveredVendor" => {
                self.discovered_vendor = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "recommendedConnectors" => self.recommended_connectors = map.next_value()?,
            "discoveredAt" => {
                self.discovered_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "operationalStatus" => {
                self.operational_status = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "discoverySourceCategory" => {
                self.discovery_source_category = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "licenseCount" => self.license_count = map.next_value()?,
            "isSanctioned" => {
                self.is_sanctioned = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "logo" => self.logo = map.next_value_seed(crate::lenient::TextOption)?,
            "appUrl" => self.app_url = map.next_value_seed(crate::lenient::TextOption)?,
            "groups" => self.groups = map.next_value()?,
            "usersCount" => {
                self.users_count = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "applicationOwner" => self.application_owner = map.next_value()?,
            "itApplicationOwner" => self.it_application_owner = map.next_value()?,
            "businessCriticality" => {
                self.business_criticality = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "dataClassification" => {
                self.data_classification = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "businessUnit" => {
                self.business_unit = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "installType" => {
                self.install_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "environment" => {
                self.environment = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "riskScore" => self.risk_score = map.next_value()?,
            "isBusiness" => {
                self.is_business = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "totalSigninsCount" => self.total_signins_count = map.next_value()?,
            "riskLevel" => self.risk_level = map.next_value()?,
            "isPrivileged" => {
                self.is_privileged = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "warrantyExpiration" => {
                self.warranty_expiration = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
