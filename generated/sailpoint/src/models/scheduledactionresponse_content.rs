//! `ScheduledactionresponseContent`, from `apis/configuration-hub/schemas/scheduledactionresponse.yaml#/properties/content`.

use crate::models::ScheduledactionresponseContentBackupOptions;

/// Content details for the scheduled action.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ScheduledactionresponseContent {
    /// Name of the scheduled action (maximum 50 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Options for BACKUP type jobs. Optional, applicable for BACKUP jobs only.
    #[serde(rename = "backupOptions", skip_serializing_if = "Option::is_none")]
    pub backup_options: Option<ScheduledactionresponseContentBackupOptions>,
    /// ID of the source backup. Required for CREATE_DRAFT jobs only.
    #[serde(rename = "sourceBackupId", skip_serializing_if = "Option::is_none")]
    pub source_backup_id: Option<String>,
    /// Source tenant identifier. Required for CREATE_DRAFT jobs only.
    #[serde(rename = "sourceTenant", skip_serializing_if = "Option::is_none")]
    pub source_tenant: Option<String>,
    /// ID of the draft to be deployed. Required for CONFIG_DEPLOY_DRAFT jobs only.
    #[serde(rename = "draftId", skip_serializing_if = "Option::is_none")]
    pub draft_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ScheduledactionresponseContent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ScheduledactionresponseContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ScheduledactionresponseContent {
    const NAME: &'static str = "ScheduledactionresponseContent";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "backupOptions" => self.backup_options = map.next_value()?,
            "sourceBackupId" => {
                self.source_backup_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceTenant" => {
                self.source_tenant = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "draftId" => self.draft_id = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
