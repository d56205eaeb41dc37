//! `Createforminstancerequest`, from `apis/custom-forms/schemas/createforminstancerequest.yaml`.

use crate::models::{
    CreateforminstancerequestState, Forminstancecreatedby, Forminstancerecipient,
};

/// `Createforminstancerequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Createforminstancerequest {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<Forminstancecreatedby>,
    /// Expire is required
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub expire: String,
    /// FormDefinitionID is the id of the form definition that created this form
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "formDefinitionId")]
    pub form_definition_id: String,
    /// FormInput is an object of form input labels to value
    #[serde(rename = "formInput", skip_serializing_if = "Option::is_none")]
    pub form_input: Option<serde_json::Map<String, serde_json::Value>>,
    /// Recipients is required
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub recipients: Vec<Forminstancerecipient>,
    /// StandAloneForm is a boolean flag to indicate if this form should be available for users to complete via the standalone form UI or should this only be available to be completed by as an embedded form
    #[serde(rename = "standAloneForm", skip_serializing_if = "Option::is_none")]
    pub stand_alone_form: Option<bool>,
    /// State is required, if not present initial state is FormInstanceStateAssigned
    /// ASSIGNED FormInstanceStateAssigned
    /// IN_PROGRESS FormInstanceStateInProgress
    /// SUBMITTED FormInstanceStateSubmitted
    /// COMPLETED FormInstanceStateCompleted
    /// CANCELLED FormInstanceStateCancelled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<CreateforminstancerequestState>,
    /// TTL an epoch timestamp in seconds, it most be in seconds or dynamodb will ignore it
    /// SEE: <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html>
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Createforminstancerequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        created_by: Forminstancecreatedby,
        expire: impl Into<String>,
        form_definition_id: impl Into<String>,
        recipients: Vec<Forminstancerecipient>,
    ) -> Self {
        Createforminstancerequest {
            created_by: Some(created_by),
            expire: expire.into(),
            form_definition_id: form_definition_id.into(),
            form_input: None,
            recipients,
            stand_alone_form: None,
            state: None,
            ttl: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Createforminstancerequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Createforminstancerequest {
    const NAME: &'static str = "Createforminstancerequest";

    #[inline]
    fn empty() -> Self {
        Createforminstancerequest {
            created_by: None,
            expire: Default::default(),
            form_definition_id: Default::default(),
            form_input: None,
            recipients: Default::default(),
            stand_alone_form: None,
            state: None,
            ttl: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "createdBy" => self.created_by = map.next_value()?,
            "expire" => self.expire = map.next_value_seed(crate::lenient::Text)?,
            "formDefinitionId" => {
                self.form_definition_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "formInput" => self.form_input = map.next_value()?,
            "recipients" => {
                self.recipients = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "standAloneForm" => {
                self.stand_alone_form = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "state" => self.state = map.next_value()?,
            "ttl" => self.ttl = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
