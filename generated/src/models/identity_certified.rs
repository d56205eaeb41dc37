//! `IdentityCertified`, from `beta/schemas/IdentityCertified.yaml`.

use crate::models::CertifierResponse;

/// `IdentityCertified` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityCertified {
    /// the id of the certification item
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "certificationId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub certification_id: String,
    /// the certification item name
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "certificationName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub certification_name: String,
    /// the date ceritification was signed
    #[serde(
        rename = "signedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub signed_date: Option<String>,
    /// this field is deprecated and may go away
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certifiers: Option<Vec<CertifierResponse>>,
    /// The list of identities who review this certification
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<Vec<CertifierResponse>>,
    /// Identity who signed off on the certification
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<CertifierResponse>,
    /// the event type
    #[serde(
        rename = "eventType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(
        rename = "dateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub date_time: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityCertified {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        certification_id: impl Into<String>,
        certification_name: impl Into<String>,
    ) -> Self {
        IdentityCertified {
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
