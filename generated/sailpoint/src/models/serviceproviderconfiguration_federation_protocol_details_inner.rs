//! `ServiceproviderconfigurationFederationProtocolDetailsInner`, from `apis/global-tenant-security-settings/schemas/serviceproviderconfiguration.yaml#/properties/federationProtocolDetails/items`.

use crate::models::{Idpdetails, Spdetails};

/// `ServiceproviderconfigurationFederationProtocolDetailsInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`ServiceproviderconfigurationFederationProtocolDetailsInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ServiceproviderconfigurationFederationProtocolDetailsInner {
    Idpdetails(Idpdetails),
    Spdetails(Spdetails),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "role",
                false,
                crate::union::STRING,
                &["SAML_IDP", "SAML_SP"],
            ),
            crate::union::Member::new("entityId", false, crate::union::ANY, &[]),
            crate::union::Member::new("binding", false, crate::union::ANY, &[]),
            crate::union::Member::new("authnContext", false, crate::union::ANY, &[]),
            crate::union::Member::new("logoutUrl", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "includeAuthnContext",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("nameId", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "jitConfiguration",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new("cert", false, crate::union::ANY, &[]),
            crate::union::Member::new("loginUrlPost", false, crate::union::ANY, &[]),
            crate::union::Member::new("loginUrlRedirect", false, crate::union::ANY, &[]),
            crate::union::Member::new("mappingAttribute", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "certificateExpirationDate",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("certificateName", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "role",
                false,
                crate::union::STRING,
                &["SAML_IDP", "SAML_SP"],
            ),
            crate::union::Member::new("entityId", false, crate::union::ANY, &[]),
            crate::union::Member::new("alias", false, crate::union::ANY, &[]),
            crate::union::Member::new("callbackUrl", true, crate::union::ANY, &[]),
            crate::union::Member::new("legacyAcsUrl", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de>
for ServiceproviderconfigurationFederationProtocolDetailsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Idpdetails as serde::Deserialize>::deserialize(&value)
                        .map(
                            ServiceproviderconfigurationFederationProtocolDetailsInner::Idpdetails,
                        )
                }
                1 => {
                    <Spdetails as serde::Deserialize>::deserialize(&value)
                        .map(
                            ServiceproviderconfigurationFederationProtocolDetailsInner::Spdetails,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(ServiceproviderconfigurationFederationProtocolDetailsInner::Other(value))
    }
}

impl From<Idpdetails> for ServiceproviderconfigurationFederationProtocolDetailsInner {
    fn from(value: Idpdetails) -> Self {
        ServiceproviderconfigurationFederationProtocolDetailsInner::Idpdetails(value)
    }
}

impl From<Spdetails> for ServiceproviderconfigurationFederationProtocolDetailsInner {
    fn from(value: Spdetails) -> Self {
        ServiceproviderconfigurationFederationProtocolDetailsInner::Spdetails(value)
    }
}
