//! `Identitycertificationdto`, from `apis/certifications/schemas/identitycertificationdto.yaml`.

use crate::models::{Campaignreference, Certificationphase, Reassignment, Reviewer};

/// `Identitycertificationdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identitycertificationdto {
    /// id of the certification
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// name of the certification
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Campaignreference>,
    /// Have all decisions been made?
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
    /// The number of identities for whom all decisions have been made and are complete.
    #[serde(rename = "identitiesCompleted", skip_serializing_if = "Option::is_none")]
    pub identities_completed: Option<i32>,
    /// The total number of identities in the Certification, both complete and incomplete.
    #[serde(rename = "identitiesTotal", skip_serializing_if = "Option::is_none")]
    pub identities_total: Option<i32>,
    /// created date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// modified date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of approve/revoke/acknowledge decisions that have been made.
    #[serde(rename = "decisionsMade", skip_serializing_if = "Option::is_none")]
    pub decisions_made: Option<i32>,
    /// The total number of approve/revoke/acknowledge decisions.
    #[serde(rename = "decisionsTotal", skip_serializing_if = "Option::is_none")]
    pub decisions_total: Option<i32>,
    /// The due date of the certification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<chrono::DateTime<chrono::Utc>>,
    /// The date the reviewer signed off on the Certification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<Reviewer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reassignment: Option<Reassignment>,
    /// Identifies if the certification has an error
    #[serde(rename = "hasErrors", skip_serializing_if = "Option::is_none")]
    pub has_errors: Option<bool>,
    /// Description of the certification error
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<Certificationphase>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identitycertificationdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identitycertificationdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identitycertificationdto {
    const NAME: &'static str = "Identitycertificationdto";

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
            "campaign" => self.campaign = map.next_value()?,
            "completed" => {
                self.completed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "identitiesCompleted" => self.identities_completed = map.next_value()?,
            "identitiesTotal" => self.identities_total = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "decisionsMade" => self.decisions_made = map.next_value()?,
            "decisionsTotal" => self.decisions_total = map.next_value()?,
            "due" => self.due = map.next_value_seed(crate::datetime::Optional)?,
            "signed" => self.signed = map.next_value_seed(crate::datetime::Optional)?,
            "reviewer" => self.reviewer = map.next_value()?,
            "reassignment" => self.reassignment = map.next_value()?,
            "hasErrors" => {
                self.has_errors = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "errorMessage" => {
                self.error_message = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "phase" => self.phase = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
