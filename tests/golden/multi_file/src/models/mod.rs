//! The data types of requests and responses, one module per type.

#[cfg(any(feature = "identities", feature = "search", feature = "sources"))]
mod error;
#[cfg(any(feature = "identities", feature = "search", feature = "sources"))]
pub use error::Error;

#[cfg(any(feature = "identities", feature = "search", feature = "sources"))]
mod error_messages_inner;
#[cfg(any(feature = "identities", feature = "search", feature = "sources"))]
pub use error_messages_inner::ErrorMessagesInner;

#[cfg(feature = "search")]
mod get_selectors200_response;
#[cfg(feature = "search")]
pub use get_selectors200_response::GetSelectors200Response;

#[cfg(any(feature = "identities", feature = "sources"))]
mod identity;
#[cfg(any(feature = "identities", feature = "sources"))]
pub use identity::Identity;

#[cfg(any(feature = "identities", feature = "search"))]
mod item;
#[cfg(any(feature = "identities", feature = "search"))]
pub use item::Item;

#[cfg(feature = "sources")]
mod json;
#[cfg(feature = "sources")]
pub use json::Json;

#[cfg(any(feature = "identities", feature = "search"))]
mod label;
#[cfg(any(feature = "identities", feature = "search"))]
pub use label::Label;

#[cfg(feature = "search")]
mod match_term;
#[cfg(feature = "search")]
pub use match_term::MatchTerm;

#[cfg(any(feature = "identities", feature = "sources"))]
mod other_identity;
#[cfg(any(feature = "identities", feature = "sources"))]
pub use other_identity::OtherIdentity;

#[cfg(any(feature = "identities", feature = "sources"))]
mod other_identity_type;
#[cfg(any(feature = "identities", feature = "sources"))]
pub use other_identity_type::OtherIdentityType;

#[cfg(any(feature = "identities", feature = "search"))]
mod page;
#[cfg(any(feature = "identities", feature = "search"))]
pub use page::Page;

#[cfg(feature = "search")]
mod selector;
#[cfg(feature = "search")]
pub use selector::Selector;

#[cfg(feature = "search")]
mod slim_thing;
#[cfg(feature = "search")]
pub use slim_thing::SlimThing;

#[cfg(any(feature = "identities", feature = "sources"))]
mod source;
#[cfg(any(feature = "identities", feature = "sources"))]
pub use source::Source;

#[cfg(feature = "search")]
mod thing;
#[cfg(feature = "search")]
pub use thing::Thing;

#[cfg(any(feature = "search", feature = "sources"))]
mod v3_selector;
#[cfg(any(feature = "search", feature = "sources"))]
pub use v3_selector::V3Selector;

#[cfg(any(feature = "search", feature = "sources"))]
mod v3_selector_type;
#[cfg(any(feature = "search", feature = "sources"))]
pub use v3_selector_type::V3SelectorType;

#[cfg(feature = "sources")]
mod v3_source;
#[cfg(feature = "sources")]
pub use v3_source::V3Source;

#[cfg(feature = "search")]
mod value;
#[cfg(feature = "search")]
pub use value::Value;
