//! `Idpdetails`, from `apis/global-tenant-security-settings/schemas/idpdetails.yaml`.

use crate::models::{FederationprotocoldetailsRole, Jitconfiguration};

/// `Idpdetails` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Idpdetails {
    /// Federation protocol role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<FederationprotocoldetailsRole>,
    /// An entity ID is a globally unique name for a SAML entity, either an Identity Provider (IDP) or a Service Provider (SP).
    #[serde(rename = "entityId", skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Defines the binding used for the SAML flow. Used with IDP configurations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub binding: Option<String>,
    /// Specifies the SAML authentication method to use. Used with IDP configurations.
    #[serde(rename = "authnContext", skip_serializing_if = "Option::is_none")]
    pub authn_context: Option<String>,
    /// The IDP logout URL. Used with IDP configurations.
    #[serde(rename = "logoutUrl", skip_serializing_if = "Option::is_none")]
    pub logout_url: Option<String>,
    /// Determines if the configured AuthnContext should be used or the default. Used with IDP configurations.
    #[serde(rename = "includeAuthnContext", skip_serializing_if = "Option::is_none")]
    pub include_authn_context: Option<bool>,
    /// The name id format to use. Used with IDP configurations.
    #[serde(rename = "nameId", skip_serializing_if = "Option::is_none")]
    pub name_id: Option<String>,
    #[serde(rename = "jitConfiguration", skip_serializing_if = "Option::is_none")]
    pub jit_configuration: Option<Jitconfiguration>,
    /// The Base64-encoded certificate used by the IDP. Used with IDP configurations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert: Option<String>,
    /// The IDP POST URL, used with IDP HTTP-POST bindings for IDP-initiated logins. Used with IDP configurations.
    #[serde(rename = "loginUrlPost", skip_serializing_if = "Option::is_none")]
    pub login_url_post: Option<String>,
    /// The IDP Redirect URL. Used with IDP configurations.
    #[serde(rename = "loginUrlRedirect", skip_serializing_if = "Option::is_none")]
    pub login_url_redirect: Option<String>,
    /// Return the saml Id for the given user, based on the IDN as SP settings of the org. Used with IDP configurations.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "mappingAttribute")]
    pub mapping_attribute: String,
    /// The expiration date extracted from the certificate.
    #[serde(
        rename = "certificateExpirationDate",
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate_expiration_date: Option<String>,
    /// The name extracted from the certificate.
    #[serde(rename = "certificateName", skip_serializing_if = "Option::is_none")]
    pub certificate_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Idpdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(mapping_attribute: impl Into<String>) -> Self {
        Idpdetails {
            role: None,
            entity_id: None,
            binding: None,
            authn_context: None,
            logout_url: None,
            include_authn_context: None,
            name_id: None,
            jit_configuration: None,
            cert: None,
            login_url_post: None,
            login_url_redirect: None,
            mapping_attribute: mapping_attribute.into(),
            certificate_expiration_date: None,
            certificate_name: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Idpdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Idpdetails {
    const NAME: &'static str = "Idpdetails";

    #[inline]
    fn empty() -> Self {
        Idpdetails {
            role: None,
            entity_id: None,
            binding: None,
            authn_context: None,
            logout_url: None,
            include_authn_context: None,
            name_id: None,
            jit_configuration: None,
            cert: None,
            login_url_post: None,
            login_url_redirect: None,
            mapping_attribute: Default::default(),
            certificate_expiration_date: None,
            certificate_name: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "role" => self.role = map.next_value()?,
            "entityId" => {
                self.entity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "binding" => self.binding = map.next_value_seed(crate::lenient::TextOption)?,
            "authnContext" => {
                self.authn_context = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "logoutUrl" => {
                self.logout_url = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "includeAuthnContext" => {
                self.include_authn_context = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "nameId" => self.name_id = map.next_value_seed(crate::lenient::TextOption)?,
            "jitConfiguration" => self.jit_configuration = map.next_value()?,
            "cert" => self.cert = map.next_value_seed(crate::lenient::TextOption)?,
            "loginUrlPost" => {
                self.login_url_post = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "loginUrlRedirect" => {
                self.login_url_redirect = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "mappingAttribute" => {
                self.mapping_attribute = map.next_value_seed(crate::lenient::Text)?;
            }
            "certificateExpirationDate" => {
                self.certificate_expiration_date = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "certificateName" => {
                self.certificate_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
