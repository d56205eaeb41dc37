//! `CertificationsignedoffCertification`, from `apis/triggers/schemas/certificationsignedoff.yaml#/properties/certification`.

use crate::models::{
    Campaignreference, TriggersCertificationphase, TriggersReassignment, TriggersReviewer,
};

/// The certification campaign that was signed off on.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CertificationsignedoffCertification {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "campaignRef", skip_serializing_if = "Option::is_none")]
    pub campaign_ref: Option<Campaignreference>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<TriggersCertificationphase>,
    /// The due date of the certification.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<chrono::DateTime<chrono::Utc>>,
    /// The date the reviewer signed off on the certification.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed: Option<chrono::DateTime<chrono::Utc>>,
    /// A reference to the reviewer of the campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<TriggersReviewer>,
    /// A reference to a reviewer that this campaign has been reassigned to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reassignment: Option<TriggersReassignment>,
    /// Indicates it the certification has any errors.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "hasErrors")]
    pub has_errors: bool,
    /// A message indicating what the error is.
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// Indicates if all certification decisions have been made.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub completed: bool,
    /// The number of approve/revoke/acknowledge decisions that have been made by the reviewer.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "decisionsMade")]
    pub decisions_made: i32,
    /// The total number of approve/revoke/acknowledge decisions for the certification.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "decisionsTotal")]
    pub decisions_total: i32,
    /// The number of entities (identities, access profiles, roles, etc.) for which all decisions have been made and are complete.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "entitiesCompleted")]
    pub entities_completed: i32,
    /// The total number of entities (identities, access profiles, roles, etc.) in the certification, both complete and incomplete.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "entitiesTotal")]
    pub entities_total: i32,
    /// Unique ID of the certification.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The name of the certification.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The date and time the certification was created.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time the certification was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationsignedoffCertification {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn new(
        campaign_ref: Campaignreference,
        phase: TriggersCertificationphase,
        due: chrono::DateTime<chrono::Utc>,
        signed: chrono::DateTime<chrono::Utc>,
        reviewer: TriggersReviewer,
        has_errors: bool,
        completed: bool,
        decisions_made: i32,
        decisions_total: i32,
        entities_completed: i32,
        entities_total: i32,
        id: impl Into<String>,
        name: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        CertificationsignedoffCertification {
            campaign_ref: Some(campaign_ref),
            phase: Some(phase),
            due: Some(due),
            signed: Some(signed),
            reviewer: Some(reviewer),
            reassignment: None,
            has_errors,
            error_message: None,
            completed,
            decisions_made,
            decisions_total,
            entities_completed,
            entities_total,
            id: id.into(),
            name: name.into(),
            created: Some(created),
            modified: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CertificationsignedoffCertification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CertificationsignedoffCertification {
    const NAME: &'static str = "CertificationsignedoffCertification";

    #[inline]
    fn empty() -> Self {
        CertificationsignedoffCertification {
            campaign_ref: None,
            phase: None,
            due: None,
            signed: None,
            reviewer: None,
            reassignment: None,
            has_errors: Default::default(),
            error_message: None,
            completed: Default::default(),
            decisions_made: Default::default(),
            decisions_total: Default::default(),
            entities_completed: Default::default(),
            entities_total: Default::default(),
            id: Default::default(),
            name: Default::default(),
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "campaignRef" => self.campaign_ref = map.next_value()?,
            "phase" => self.phase = map.next_value()?,
            "due" => self.due = map.next_value_seed(crate::datetime::Optional)?,
            "signed" => self.signed = map.next_value_seed(crate::datetime::Optional)?,
            "reviewer" => self.reviewer = map.next_value()?,
            "reassignment" => self.reassignment = map.next_value()?,
            "hasErrors" => self.has_errors = map.next_value_seed(crate::lenient::Flag)?,
            "errorMessage" => {
                self.error_message = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "completed" => self.completed = map.next_value_seed(crate::lenient::Flag)?,
            "decisionsMade" => {
                self.decisions_made = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "decisionsTotal" => {
                self.decisions_total = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "entitiesCompleted" => {
                self.entities_completed = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "entitiesTotal" => {
                self.entities_total = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
