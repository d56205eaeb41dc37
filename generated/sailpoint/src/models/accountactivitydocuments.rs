//! `Accountactivitydocuments`, from `apis/search/schemas/accountactivitydocuments.yaml`.

use crate::models::{
    Accountrequest, Activityidentity, Approval, Documenttype, Expansionitem,
    Originalrequest,
};

/// `Accountactivitydocuments` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountactivitydocuments {
    /// ID of account activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of action performed in the activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced: Option<String>,
    /// Activity's current stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// Activity's current status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester: Option<Activityidentity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Activityidentity>,
    /// Account activity's tracking number.
    #[serde(rename = "trackingNumber", skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    /// Errors provided by the source while completing account actions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// Warnings provided by the source while completing account actions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<String>>,
    /// Approvals performed on an item during activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvals: Option<Vec<Approval>>,
    /// Original actions that triggered all individual source actions related to the account action.
    #[serde(rename = "originalRequests", skip_serializing_if = "Option::is_none")]
    pub original_requests: Option<Vec<Originalrequest>>,
    /// Controls that translated the attribute requests into actual provisioning actions on the source.
    #[serde(rename = "expansionItems", skip_serializing_if = "Option::is_none")]
    pub expansion_items: Option<Vec<Expansionitem>>,
    /// Account data for each individual source action triggered by the original requests.
    #[serde(rename = "accountRequests", skip_serializing_if = "Option::is_none")]
    pub account_requests: Option<Vec<Accountrequest>>,
    /// Sources involved in the account activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<String>,
    /// Name of the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// Name of the tenant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    #[serde(rename = "_type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Documenttype>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type2: Option<Documenttype>,
    /// Version number.
    #[serde(rename = "_version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountactivitydocuments {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountactivitydocuments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountactivitydocuments {
    const NAME: &'static str = "Accountactivitydocuments";

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
            "action" => self.action = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "synced" => self.synced = map.next_value_seed(crate::lenient::TextOption)?,
            "stage" => self.stage = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "requester" => self.requester = map.next_value()?,
            "recipient" => self.recipient = map.next_value()?,
            "trackingNumber" => {
                self.tracking_number = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "errors" => self.errors = map.next_value()?,
            "warnings" => self.warnings = map.next_value()?,
            "approvals" => self.approvals = map.next_value()?,
            "originalRequests" => self.original_requests = map.next_value()?,
            "expansionItems" => self.expansion_items = map.next_value()?,
            "accountRequests" => self.account_requests = map.next_value()?,
            "sources" => self.sources = map.next_value_seed(crate::lenient::TextOption)?,
            "pod" => self.pod = map.next_value_seed(crate::lenient::TextOption)?,
            "org" => self.org = map.next_value_seed(crate::lenient::TextOption)?,
            "_type" => self.r#type = map.next_value()?,
            "type" => self.type2 = map.next_value()?,
            "_version" => self.version = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
