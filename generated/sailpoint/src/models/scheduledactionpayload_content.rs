//! `ScheduledactionpayloadContent`, from `apis/configuration-hub/schemas/scheduledactionpayload.yaml#/properties/content`.

use crate::models::ScheduledactionpayloadContentBackupOptions;

/// `ScheduledactionpayloadContent` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ScheduledactionpayloadContent {
    /// Name of the scheduled action (maximum 50 characters).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Options for BACKUP type jobs. Required for BACKUP jobs.
    #[serde(rename = "backupOptions", skip_serializing_if = "Option::is_none")]
    pub backup_options: Option<ScheduledactionpayloadContentBackupOptions>,
    /// ID of the source backup. Required for CREATE_DRAFT jobs.
    #[serde(rename = "sourceBackupId", skip_serializing_if = "Option::is_none")]
    pub source_backup_id: Option<String>,
    /// Source tenant identifier. Required for CREATE_DRAFT jobs.
    #[serde(rename = "sourceTenant", skip_serializing_if = "Option::is_none")]
    pub source_tenant: Option<String>,
    /// ID of the draft to be deployed. Required for CONFIG_DEPLOY_DRAFT jobs.
    #[serde(rename = "draftId", skip_serializing_if = "Option::is_none")]
    pub draft_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ScheduledactionpayloadContent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        ScheduledactionpayloadContent {
            name: name.into(),
            backup_options: None,
            source_backup_id: None,
            source_tenant: None,
            draft_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ScheduledactionpayloadContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ScheduledactionpayloadContent {
    const NAME: &'static str = "ScheduledactionpayloadContent";

    #[inline]
    fn empty() -> Self {
        ScheduledactionpayloadContent {
            name: Default::default(),
            backup_options: None,
            source_backup_id: None,
            source_tenant: None,
            draft_id: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
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
