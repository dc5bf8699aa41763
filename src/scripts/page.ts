// What every page runs once its words are shown (BaseLayout.astro imports it by its address after
// the first paint): the quick exit's instant cover and shortcut, the chat loader, and on an article
// the offer to read it aloud. One module, so that a page makes one request for them, and none
// before its text is on screen.
import './quick-exit';
import './chat-loader';
import './read-aloud';
