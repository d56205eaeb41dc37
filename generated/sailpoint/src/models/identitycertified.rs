//! `Identitycertified`, from `apis/identity-history/schemas/identitycertified.yaml`.

use crate::models::Certifierresponse;

/// `Identitycertified` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identitycertified {
    /// the id of the certification item
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "certificationId")]
    pub certification_id: String,
    /// the certification item name
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "certificationName")]
    pub certification_name: String,
    /// the date ceritification was signed
    #[serde(rename = "signedDate", skip_serializing_if = "Option::is_none")]
    pub signed_date: Option<String>,
    /// this field is deprecated and may go away
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certifiers: Option<Vec<Certifierresponse>>,
    /// The list of identities who review this certification
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<Vec<Certifierresponse>>,
    /// Identity who signed off on the certification
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signer: Option<Certifierresponse>,
    /// the event type
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identitycertified {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        certification_id: impl Into<String>,
        certification_name: impl Into<String>,
    ) -> Self {
        Identitycertified {
            certification_id: certification_id.into(),
            certification_name: certification_name.into(),
            signed_date: None,
            certifiers: None,
            reviewers: None,
            signer: None,
            event_type: None,
            date_time: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identitycertified {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identitycertified {
    const NAME: &'static str = "Identitycertified";

    #[inline]
    fn empty() -> Self {
        Identitycertified {
            certification_id: Default::default(),
            certification_name: Default::default(),
            signed_date: None,
            certifiers: None,
            reviewers: None,
            signer: None,
            event_type: None,
            date_time: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "certificationId" => {
                self.certification_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "certificationName" => {
                self.certification_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "signedDate" => {
                self.signed_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "certifiers" => self.certifiers = map.next_value()?,
            "reviewers" => self.reviewers = map.next_value()?,
            "signer" => self.signer = map.next_value()?,
            "eventType" => {
                self.event_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
