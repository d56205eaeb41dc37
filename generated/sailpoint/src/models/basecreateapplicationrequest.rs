//! `Basecreateapplicationrequest`, from `apis/data-access-security/schemas/basecreateapplicationrequest.yaml`.

use crate::models::{
    Activityconfigurationsettings, Applicationcrawlersettings, Applicationtype,
    Dataclassificationsettings, Int64stringkeyvaluepair, Permissioncollectorsettings,
};

/// `Basecreateapplicationrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Basecreateapplicationrequest {
    /// The type of application to be created (e.g., Active Directory, AWS S3, etc.).
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "applicationType")]
    pub application_type: Applicationtype,
    /// The display name of the application.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// A brief description of the application and its purpose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A list of tags to categorize or identify the application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Int64stringkeyvaluepair>>,
    /// The unique identifier for the identity collector associated with this application.
    #[serde(rename = "identityCollectorId", skip_serializing_if = "Option::is_none")]
    pub identity_collector_id: Option<i64>,
    /// The unique identifier for the AD identity collector.
    #[serde(rename = "adIdentityCollectorId", skip_serializing_if = "Option::is_none")]
    pub ad_identity_collector_id: Option<i64>,
    /// The unique identifier for the NIS identity collector.
    #[serde(rename = "nisIdentityCollectorId", skip_serializing_if = "Option::is_none")]
    pub nis_identity_collector_id: Option<i64>,
    /// Settings for crawling the application to discover resources.
    #[serde(
        rename = "applicationCrawlerSettings",
        skip_serializing_if = "Option::is_none"
    )]
    pub application_crawler_settings: Option<Applicationcrawlersettings>,
    /// Settings for collecting permissions from the application.
    #[serde(
        rename = "permissionCollectorSettings",
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_collector_settings: Option<Permissioncollectorsettings>,
    /// Settings for classifying data within the application.
    #[serde(
        rename = "dataClassificationSettings",
        skip_serializing_if = "Option::is_none"
    )]
    pub data_classification_settings: Option<Dataclassificationsettings>,
    /// Settings for tracking and configuring activity within the application.
    #[serde(
        rename = "activityConfigurationSettings",
        skip_serializing_if = "Option::is_none"
    )]
    pub activity_configuration_settings: Option<Activityconfigurationsettings>,
    /// If true, the application setup will be executed immediately after creation.
    #[serde(rename = "executeNow", skip_serializing_if = "Option::is_none")]
    pub execute_now: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Basecreateapplicationrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(application_type: Applicationtype, name: impl Into<String>) -> Self {
        Basecreateapplicationrequest {
            application_type,
            name: name.into(),
            description: None,
            tags: None,
            identity_collector_id: None,
            ad_identity_collector_id: None,
            nis_identity_collector_id: None,
            application_crawler_settings: None,
            permission_collector_settings: None,
            data_classification_settings: None,
            activity_configuration_settings: None,
            execute_now: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Basecreateapplicationrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Basecreateapplicationrequest {
    const NAME: &'static str = "Basecreateapplicationrequest";

    #[inline]
    fn empty() -> Self {
        Basecreateapplicationrequest {
            application_type: Default::default(),
            name: Default::default(),
            description: None,
            tags: None,
            identity_collector_id: None,
            ad_identity_collector_id: None,
            nis_identity_collector_id: None,
            application_crawler_settings: None,
            permission_collector_settings: None,
            data_classification_settings: None,
            activity_configuration_settings: None,
            execute_now: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "applicationType" => {
                self.application_type = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "tags" => self.tags = map.next_value()?,
            "identityCollectorId" => self.identity_collector_id = map.next_value()?,
            "adIdentityCollectorId" => self.ad_identity_collector_id = map.next_value()?,
            "nisIdentityCollectorId" => {
                self.nis_identity_collector_id = map.next_value()?;
            }
            "applicationCrawlerSettings" => {
                self.application_crawler_settings = map.next_value()?;
            }
            "permissionCollectorSettings" => {
                self.permission_collector_settings = map.next_value()?;
            }
            "dataClassificationSettings" => {
                self.data_classification_settings = map.next_value()?;
            }
            "activityConfigurationSettings" => {
                self.activity_configuration_settings = map.next_value()?;
            }
            "executeNow" => {
                self.execute_now = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
